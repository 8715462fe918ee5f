package org.policyops.api.tooling;

/**
 * A tool's adoption in one region: distinct users active (at least one action) in the 7 and 28 days up to a day,
 * against the tool's target population there.
 *
 * @param targetPopulation the people meant to use the tool in the region; null when none is set
 * @param adoption7 {@code active7 / targetPopulation}; null without a target population
 * @param adoption28 {@code active28 / targetPopulation}; null without a target population
 * @param populationSource where the target population comes from: {@link #FROM_LEARNERS} (training's learners with
 *        the population's role in the region), {@link #FROM_NUMBER} (a number set in the registry), or null when
 *        there is none (since 1.1)
 * @param populationNote why the population is not what was asked for, e.g. a role set while the training feature is
 *        not installed, so the number is used; null otherwise (since 1.1)
 */
public record AdoptionInfo(String toolKey, String region, Long targetPopulation, long active7, long active28,
        Double adoption7, Double adoption28, String populationSource, String populationNote) {

    /** @since 1.1 */
    public static final String FROM_LEARNERS = "TRAINING_LEARNERS";
    /** @since 1.1 */
    public static final String FROM_NUMBER = "NUMBER";

    /** Adoption against a target population whose source is not told (as in 1.0). */
    public AdoptionInfo(String toolKey, String region, Long targetPopulation, long active7, long active28, Double adoption7,
            Double adoption28) {
        this(toolKey, region, targetPopulation, active7, active28, adoption7, adoption28,
                targetPopulation == null ? null : FROM_NUMBER, null);
    }
}
