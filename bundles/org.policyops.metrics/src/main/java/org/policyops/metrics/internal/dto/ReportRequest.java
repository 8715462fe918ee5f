package org.policyops.metrics.internal.dto;

/**
 * {@code POST /api/metrics/reports}: {@code {"kind":"MONTHLY","period":"2026-11"}} or
 * {@code {"kind":"QUARTERLY","period":"2026-Q4"}}; without {@code period}, the last complete month or quarter.
 */
public record ReportRequest(String kind, String period) {
}
