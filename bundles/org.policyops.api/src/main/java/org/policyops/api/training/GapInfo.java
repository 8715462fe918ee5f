package org.policyops.api.training;

import java.util.List;

/**
 * One policy × region pair of the gap report: its coverage for the report's role and its latest quality signal,
 * why it is a gap, and what to do about it.
 *
 * @param rank 1 for the most severe gap
 * @param share certified ÷ inScope; null when nobody is in scope
 * @param leakageRate missed violations ÷ sample size in {@code qualityPeriod}; null without a quality signal
 * @param overEnforcementRate wrongly actioned ÷ sample size in {@code qualityPeriod}; null without a signal
 * @param qualityPeriod the month ({@code YYYY-MM}) of the latest quality signal, or null
 * @param severity how far the pair misses its targets, summed over coverage and quality (fractions)
 * @param reasons each target the pair misses, in words
 * @param suggestedAction what to do, e.g. assign a course to the uncertified people
 */
public record GapInfo(int rank, String policyKey, String region, String role, long inScope, long certified, Double share,
        Double leakageRate, Double overEnforcementRate, String qualityPeriod, double severity, List<String> reasons,
        String suggestedAction) {

    public GapInfo {
        reasons = List.copyOf(reasons);
    }
}
