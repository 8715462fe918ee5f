package org.policyops.training.internal.dto;

/**
 * Learning effectiveness of one cohort: the people of a region who passed a course on the policy in the cohort month,
 * and the region's quality on the policy in the months before and after it (rates over the summed samples; null
 * without signals). A fall in leakage or over-enforcement after the cohort suggests the training helped.
 */
public record EffectivenessView(String policyKey, String region, String cohortMonth, int months, long completions,
        Quality before, Quality after, Double leakageChange, Double overEnforcementChange) {

    /** Quality over a span of months: from, to (inclusive), total sample, and the two rates. */
    public record Quality(String from, String to, long sampleSize, Double leakageRate, Double overEnforcementRate) {
    }
}
