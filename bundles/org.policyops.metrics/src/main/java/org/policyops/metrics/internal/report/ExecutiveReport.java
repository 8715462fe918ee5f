package org.policyops.metrics.internal.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.policyops.api.localization.OverdueTimeline;
import org.policyops.api.metrics.KpiStatus;
import org.policyops.api.training.GapInfo;
import org.policyops.metrics.internal.domain.ReportPeriod;
import org.policyops.metrics.internal.domain.Series;

/**
 * What an executive report says, before it is written as HTML or PDF: the scorecard, each KPI's trend over the
 * period, and one section per domain, each saying when its domain is not installed.
 *
 * @param asOf the day the domains' figures are as of: the period's last day, or the day of writing if earlier
 */
public record ExecutiveReport(ReportPeriod period, Instant generatedAt, LocalDate asOf, List<ScoreRow> scorecard,
        List<Trend> trends, Section<GapInfo> trainingGaps, Section<BlockedLaunch> blockedLaunches,
        Section<OverdueTimeline> overdueLocalization, Section<AdoptionRow> toolAdoption) {

    /** How many training gaps, blocked launch regions, overdue timelines and tools a report lists at most. */
    public static final int TOP = 10;

    /**
     * A KPI's value over everything from the latest snapshot, as {@code GET /api/metrics/scorecard} shows it, with how
     * many of its regional values are in each status.
     */
    public record ScoreRow(String kpiId, String name, String unit, LocalDate day, Double value, Double previous,
            Double change, double target, KpiStatus status, int regions, int regionsWarning, int regionsCritical) {
    }

    /** A KPI's value over everything in each week (monthly report) or month (quarterly report) of the period. */
    public record Trend(String kpiId, String name, String unit, List<Series.Point> points) {

        public Trend {
            points = List.copyOf(points);
        }

        /** The last point's value minus the first's; null with fewer than two points. */
        public Double change() {
            return points.size() < 2 ? null : points.get(points.size() - 1).value() - points.get(0).value();
        }
    }

    /** A launch region in flight (planned or approved) whose readiness is NO_GO, with the rules that block it. */
    public record BlockedLaunch(long launchId, String title, String policyKey, String policyVersion, String region,
            LocalDate targetDate, List<String> blockers) {

        public BlockedLaunch {
            blockers = List.copyOf(blockers);
        }
    }

    /**
     * A tool's adoption over its regions: people active in the 28 days up to {@code asOf} ÷ its target populations
     * (over the regions that have one).
     */
    public record AdoptionRow(String toolKey, String toolName, int regions, long active28, long targetPopulation,
            Double adoption28) {
    }

    /**
     * A domain's section: its rows when the domain is installed and answered; otherwise no rows and a note saying
     * why (not installed, or what failed).
     *
     * @param total how many rows there were before the report kept the top ones
     */
    public record Section<T>(boolean installed, String note, List<T> rows, int total) {

        public Section {
            rows = List.copyOf(rows);
        }

        public static <T> Section<T> of(List<T> all, int top) {
            return new Section<>(true, null, all.subList(0, Math.min(top, all.size())), all.size());
        }

        public static <T> Section<T> notInstalled(String feature) {
            return new Section<>(false, "The " + feature + " feature is not installed.", List.of(), 0);
        }

        public static <T> Section<T> failed(String what, RuntimeException e) {
            return new Section<>(true, what + " could not be read: " + e.getMessage(), List.of(), 0);
        }
    }
}
