package org.policyops.launches.internal.dto;

import java.time.Instant;
import java.time.LocalDate;

import org.policyops.launches.internal.entity.LaunchRegionEntity;
import org.policyops.launches.internal.entity.ReadinessStateEntity;

/**
 * One region of a launch as the API shows it, with its readiness as last evaluated ({@code lastReadiness},
 * {@code lastEvaluatedAt}; absent until readiness was asked for).
 */
public record RegionDetail(String region, LocalDate targetDate, String status, Instant approvedAt, String approvedBy,
        Boolean overridden, Instant enforcementStartedAt, String enforcementStartedBy, Instant cancelledAt,
        String cancelledBy, String lastReadiness, Instant lastEvaluatedAt) {

    public static RegionDetail of(LaunchRegionEntity r, ReadinessStateEntity last) {
        return new RegionDetail(r.getRegionCode(), r.getTargetDate(), r.getStatus().name(), r.getApprovedAt(),
                r.getApprovedBy(), r.getApprovedAt() == null ? null : r.isOverridden(), r.getEnforcementStartedAt(),
                r.getEnforcementStartedBy(), r.getCancelledAt(), r.getCancelledBy(),
                last == null ? null : last.getReadiness(), last == null ? null : last.getEvaluatedAt());
    }
}
