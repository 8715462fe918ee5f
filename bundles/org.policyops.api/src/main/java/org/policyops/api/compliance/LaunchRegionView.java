package org.policyops.api.compliance;

import java.time.Instant;
import java.time.LocalDate;

import org.policyops.api.RegionCode;

/**
 * One region of a launch.
 *
 * @param region the region
 * @param targetDate the day enforcement is planned to start there
 * @param status {@code PLANNED}, {@code APPROVED}, {@code ENFORCING} or {@code CANCELLED}
 * @param approvedAt when the region was approved; null until then
 * @param enforcementStartedAt when enforcement started there; null until then
 */
public record LaunchRegionView(RegionCode region, LocalDate targetDate, String status, Instant approvedAt,
        Instant enforcementStartedAt) {
}
