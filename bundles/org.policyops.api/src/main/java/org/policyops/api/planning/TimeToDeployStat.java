package org.policyops.api.planning;

/**
 * Time-to-deploy aggregated over the versions that entered enforcement in one quarter. Percentiles use the
 * nearest-rank method on the sorted durations: the p-th percentile of n values is the value at rank
 * ⌈p/100 × n⌉, so it is always a duration that occurred (for an even count the median is the lower middle value).
 *
 * @param quarter {@code YYYY-Qn}
 * @param owningTeam the policies' owning team, or null for all teams together
 * @param count versions in the group
 * @param medianDays median days from development to enforcement
 * @param p90Days 90th percentile of days from development to enforcement
 * @param approvedCount versions in the group with an approval date before enforcement
 * @param medianFromApprovalDays median days from approval to enforcement; null when approvedCount is 0
 * @param p90FromApprovalDays 90th percentile of days from approval to enforcement; null when approvedCount is 0
 */
public record TimeToDeployStat(String quarter, String owningTeam, int count, double medianDays, double p90Days,
        int approvedCount, Double medianFromApprovalDays, Double p90FromApprovalDays) {
}
