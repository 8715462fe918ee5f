package org.policyops.tooling.internal.dto;

/**
 * Body of {@code PUT /tooling/tools/{key}/population/{region}}: the role whose learners (from the training feature) are
 * meant to use the tool in the region, a number of people, or both (the number counts while training is not
 * installed). {@code tool} and {@code region} may repeat the address.
 */
public record PopulationRequest(String tool, String region, String role, Long people) {
}
