package org.policyops.launches.internal.dto;

/** One region of a launch request: {@code {"region":"EU","targetDate":"2027-01-18"}}; the date is optional. */
public record RegionRequest(String region, String targetDate) {
}
