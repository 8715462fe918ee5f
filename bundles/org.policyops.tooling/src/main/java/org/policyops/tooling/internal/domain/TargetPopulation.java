package org.policyops.tooling.internal.domain;

import java.util.Map;

import org.policyops.api.tooling.AdoptionInfo;

/**
 * A tool's target population in a region as adoption uses it: the learners training has with the population's role
 * in the region, or a number set in the registry. Without the training feature a role cannot be counted; then the
 * number is used (if one is set) and {@code note} says so.
 *
 * @param people the people meant to use the tool there; null when there is none
 * @param source {@link AdoptionInfo#FROM_LEARNERS}, {@link AdoptionInfo#FROM_NUMBER} or null (none)
 * @param note why the population is not the one asked for; null when it is
 */
public record TargetPopulation(Long people, String source, String note) {

    public static final TargetPopulation NONE = new TargetPopulation(null, null, null);

    /**
     * @param role the role whose learners are meant to use the tool; null for a number only
     * @param number the number set in the registry; null when none is
     * @param region the region of the population
     * @param learners the role's learners per region from training; null when training is not installed
     */
    public static TargetPopulation of(String role, Long number, String region, Map<String, Long> learners) {
        if (role != null && learners != null) {
            return new TargetPopulation(learners.getOrDefault(region, 0L), AdoptionInfo.FROM_LEARNERS, null);
        }
        if (role != null) {
            String note = "The training feature is not installed, so the learners with role '" + role + "' cannot be counted; "
                    + (number == null ? "no number is set for this region either." : "the number set for this region is used.");
            return new TargetPopulation(number, number == null ? null : AdoptionInfo.FROM_NUMBER, note);
        }
        return number == null ? NONE : new TargetPopulation(number, AdoptionInfo.FROM_NUMBER, null);
    }

    /** {@code active ÷ people}; null without people (none, or zero). */
    public Double share(long active) {
        return people == null || people == 0 ? null : (double) active / people;
    }
}
