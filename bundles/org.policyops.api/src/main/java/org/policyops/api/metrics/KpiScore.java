package org.policyops.api.metrics;

import java.time.LocalDate;
import java.util.Map;

/**
 * A KPI's latest recorded value for one combination of dimensions, with its status and change.
 *
 * @param kpiId the KPI
 * @param name its name
 * @param unit its unit
 * @param dimensions the dimensions of the value (empty: over everything)
 * @param day the day of the latest snapshot holding it; null when there is none
 * @param value the value; null without data
 * @param previous the value of the snapshot before; null when there is none
 * @param change {@code value − previous}; null when either is missing
 * @param target the target in force
 * @param status the status against the thresholds in force
 */
public record KpiScore(String kpiId, String name, String unit, Map<String, String> dimensions, LocalDate day,
        Double value, Double previous, Double change, double target, KpiStatus status) {
}
