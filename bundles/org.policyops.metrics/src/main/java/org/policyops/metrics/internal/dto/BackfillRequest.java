package org.policyops.metrics.internal.dto;

/** {@code POST /api/metrics/snapshots}: the days to record, ISO dates, both included. */
public record BackfillRequest(String from, String to) {
}
