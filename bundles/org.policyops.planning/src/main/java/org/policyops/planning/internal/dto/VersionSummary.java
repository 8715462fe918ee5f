package org.policyops.planning.internal.dto;

import java.time.Instant;

import org.policyops.api.LifecycleStage;
import org.policyops.planning.internal.domain.VersionStatus;
import org.policyops.planning.internal.entity.PolicyVersionEntity;

/** A policy version as shown within its policy. */
public record VersionSummary(String version, String summary, VersionStatus status, LifecycleStage stage,
        Instant stageEnteredAt, Instant approvedAt) {

    public static VersionSummary of(PolicyVersionEntity v) {
        return new VersionSummary(v.getSemver(), v.getSummary(), v.getStatus(), v.getStage(), v.enteredCurrentStageAt(),
                v.getApprovedAt());
    }
}
