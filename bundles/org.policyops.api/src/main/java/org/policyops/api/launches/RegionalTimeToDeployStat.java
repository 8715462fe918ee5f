package org.policyops.api.launches;

import org.policyops.api.RegionCode;

/**
 * Time-to-deploy of the launch regions whose enforcement started in one quarter and region.
 *
 * @param quarter {@code YYYY-Qn}
 * @param count launch regions in the group
 * @param medianDays median days from development start to enforcement in the region
 * @param p90Days 90th percentile of the same
 * @param approvedCount launch regions whose version has an approval date before enforcement
 * @param medianFromApprovalDays median days from approval to enforcement; null when approvedCount is 0
 * @param p90FromApprovalDays 90th percentile of the same; null when approvedCount is 0
 */
public record RegionalTimeToDeployStat(String quarter, RegionCode region, int count, double medianDays,
        double p90Days, int approvedCount, Double medianFromApprovalDays, Double p90FromApprovalDays) {
}
