package org.policyops.planning.internal.dto;

import java.time.Instant;
import java.util.List;

import org.policyops.api.LifecycleStage;
import org.policyops.planning.internal.domain.VersionStatus;
import org.policyops.planning.internal.entity.PolicyVersionEntity;

/** A policy version with its whole lifecycle history. */
public record VersionDetail(String policyKey, String version, String summary, VersionStatus status,
        LifecycleStage stage, Instant approvedAt, Instant createdAt, String createdBy, Instant updatedAt,
        List<TransitionView> transitions) {

    public static VersionDetail of(PolicyVersionEntity v) {
        return new VersionDetail(v.getPolicy().getPolicyKey(), v.getSemver(), v.getSummary(), v.getStatus(),
                v.getStage(), v.getApprovedAt(), v.getCreatedAt(), v.getCreatedBy(), v.getUpdatedAt(),
                v.getTransitions().stream().map(TransitionView::of).toList());
    }
}
