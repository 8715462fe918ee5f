package org.policyops.metrics.internal.report;

import java.util.Locale;

/**
 * How a report writes KPI values: ratios as percentages with one decimal ({@code 87.5 %}), counts as whole numbers,
 * everything else with one decimal; a missing value as {@code n/a}. Tests format the scorecard API's values with it
 * to find them in the PDF.
 */
public final class ReportFormat {

    public static final String NONE = "n/a";

    private ReportFormat() {
    }

    public static String value(String unit, Double value) {
        if (value == null || value.isNaN()) {
            return NONE;
        }
        if ("ratio".equals(unit)) {
            return String.format(Locale.ROOT, "%.1f %%", value * 100);
        }
        if ("count".equals(unit)) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A change with its sign ({@code +2.5 %}, {@code -1.0}); ratios in percentage points ({@code +2.5 pp}). */
    public static String change(String unit, Double change) {
        if (change == null || change.isNaN()) {
            return NONE;
        }
        String sign = change > 0 ? "+" : change < 0 ? "-" : "";
        double abs = Math.abs(change);
        if ("ratio".equals(unit)) {
            return sign + String.format(Locale.ROOT, "%.1f pp", abs * 100);
        }
        return sign + value(unit, abs);
    }

    /** The unit as a column heading shows it. */
    public static String unit(String unit) {
        return "ratio".equals(unit) ? "%" : unit == null ? "" : unit;
    }
}
