package org.policyops.api.metrics;

/**
 * Where a KPI value stands against its thresholds: ON_TARGET when at least as good as the warning threshold, WARNING
 * when worse than that but at least as good as the critical threshold, CRITICAL when worse than the critical threshold,
 * NO_DATA when there is no value.
 */
public enum KpiStatus {
    ON_TARGET, WARNING, CRITICAL, NO_DATA
}
