package org.policyops.api.tooling;

/**
 * A tool's adoption in one region: distinct users active (at least one action) in the 7 and 28 days up to a day,
 * against the tool's target population there.
 *
 * @param targetPopulation the people meant to use the tool in the region; null when none is set
 * @param adoption7 {@code active7 / targetPopulation}; null without a target population
 * @param adoption28 {@code active28 / targetPopulation}; null without a target population
 */
public record AdoptionInfo(String toolKey, String region, Long targetPopulation, long active7, long active28,
        Double adoption7, Double adoption28) {
}
