package org.policyops.tooling.internal.dto;

import org.policyops.tooling.internal.domain.TargetPopulation;

/**
 * A tool's target population in a region: as set ({@code role}, {@code people}) and as adoption counts it
 * ({@code targetPopulation}, from {@code populationSource}; {@code populationNote} says why it is not the role's
 * learners when a role is set but the training feature is not installed).
 */
public record PopulationView(String tool, String region, String role, Long people, Long targetPopulation,
        String populationSource, String populationNote) {

    public static PopulationView of(String tool, String region, String role, Long people, TargetPopulation target) {
        return new PopulationView(tool, region, role, people, target.people(), target.source(), target.note());
    }
}
