package org.policyops.tooling.internal.dto;

/** A tool's target population in a region; also the body of {@code PUT .../population/{region}} ({@code people} only). */
public record PopulationView(String tool, String region, Long people) {
}
