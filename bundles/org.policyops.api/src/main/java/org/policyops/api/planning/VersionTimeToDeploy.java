package org.policyops.api.planning;

import java.time.Instant;

/**
 * The time-to-deploy of one policy version that reached enforcement.
 *
 * @param developmentToEnforcementDays days from entering development to entering enforcement, to 0.01 day
 * @param approvalToEnforcementDays days from approval to entering enforcement, to 0.01 day; null when the version
 *        has no approval date or was approved only after it entered enforcement
 * @param enforcementQuarter the quarter ({@code YYYY-Qn}, UTC) in which it entered enforcement
 */
public record VersionTimeToDeploy(String policyKey, String version, String owningTeam, Instant developmentStartedAt,
        Instant approvedAt, Instant enforcementStartedAt, double developmentToEnforcementDays,
        Double approvalToEnforcementDays, String enforcementQuarter) {
}
