package org.policyops.metrics.internal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.policyops.api.metrics.KpiStatus;

/**
 * A KPI's recorded values for one combination of dimensions, read by period: each period shows its last recorded
 * value (a KPI is a level, not a flow, so the latest reading stands for the period), its change from the period
 * before (absolute, and relative when the earlier value is not 0) and its status against the thresholds.
 */
public final class Series {

    /** A recorded value. */
    public record Reading(LocalDate day, double value) {
    }

    /**
     * One period of the series.
     *
     * @param period the period's first day
     * @param day the day of the reading that stands for it
     * @param change value − previous period's value; null for the first period
     * @param changeRatio change ÷ |previous|; null for the first period or when the previous value is 0
     */
    public record Point(LocalDate period, LocalDate day, double value, Double change, Double changeRatio, KpiStatus status) {
    }

    private Series() {
    }

    /** The points of the readings (in any order) by period, earliest first. */
    public static List<Point> of(List<Reading> readings, Period period, Thresholds thresholds) {
        TreeMap<LocalDate, Reading> last = new TreeMap<>();
        for (Reading r : readings) {
            last.merge(period.start(r.day()), r, (a, b) -> b.day().isAfter(a.day()) ? b : a);
        }
        List<Point> points = new ArrayList<>(last.size());
        Double previous = null;
        for (Map.Entry<LocalDate, Reading> e : last.entrySet()) {
            double value = e.getValue().value();
            Double change = previous == null ? null : round(value - previous);
            Double ratio = previous == null || previous == 0 ? null : round((value - previous) / Math.abs(previous));
            points.add(new Point(e.getKey(), e.getValue().day(), value, change, ratio, thresholds.status(value)));
            previous = value;
        }
        return points;
    }

    /** To 6 decimals: subtracting doubles leaves noise (0.1 − 0.3) that a reader should not see. */
    static double round(double d) {
        return Math.round(d * 1e6) / 1e6;
    }
}
