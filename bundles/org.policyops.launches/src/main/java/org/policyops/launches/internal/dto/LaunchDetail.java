package org.policyops.launches.internal.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.policyops.launches.internal.entity.LaunchEntity;
import org.policyops.launches.internal.entity.ReadinessStateEntity;

/**
 * A launch as the API shows it. {@code overrides} lists the administrators' overrides of a NO_GO (only on the
 * single launch, not in lists).
 */
public record LaunchDetail(long id, String title, String policyKey, String policyVersion, String status,
        List<RegionDetail> regions, Instant developmentStartedAt, Instant versionApprovedAt, List<OverrideView> overrides,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    /** @param readiness the last readiness per region code */
    public static LaunchDetail of(LaunchEntity l, Map<String, ReadinessStateEntity> readiness, List<OverrideView> overrides) {
        return new LaunchDetail(l.getId(), l.getTitle(), l.getPolicyKey(), l.getPolicyVersion(), l.getStatus().name(),
                l.getRegions().stream().map(r -> RegionDetail.of(r, readiness.get(r.getRegionCode()))).toList(),
                l.getDevelopmentStartedAt(), l.getVersionApprovedAt(), overrides, l.getCreatedAt(), l.getCreatedBy(),
                l.getUpdatedAt(), l.getUpdatedBy());
    }
}
