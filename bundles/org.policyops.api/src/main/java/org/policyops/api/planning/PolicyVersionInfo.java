package org.policyops.api.planning;

import java.time.Instant;
import java.util.Map;

import org.policyops.api.LifecycleStage;
import org.policyops.api.SemanticVersion;

/**
 * One version of a policy: its number, status and lifecycle stage, and when it entered each stage it has
 * reached so far.
 */
public record PolicyVersionInfo(String policyKey, SemanticVersion version, String status, LifecycleStage stage,
        Map<LifecycleStage, Instant> stageEnteredAt) {

    public PolicyVersionInfo {
        stageEnteredAt = Map.copyOf(stageEnteredAt);
    }
}
