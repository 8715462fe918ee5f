package org.policyops.api.launches;

import java.time.LocalDate;
import java.util.List;

import org.policyops.api.RegionCode;

/**
 * The readiness of a launch in one region: every applicable rule's evaluation and the overall verdict.
 *
 * @param status the region's launch status ({@code PLANNED}, {@code APPROVED}, {@code ENFORCING}, {@code CANCELLED})
 */
public record RegionReadiness(RegionCode region, LocalDate targetDate, String status, Readiness readiness,
        List<RuleEvaluation> rules) {

    public RegionReadiness {
        rules = List.copyOf(rules);
    }
}
