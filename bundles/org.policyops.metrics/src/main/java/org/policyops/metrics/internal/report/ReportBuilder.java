package org.policyops.metrics.internal.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.policyops.api.launches.ComplianceRuntime;
import org.policyops.api.launches.LaunchSummary;
import org.policyops.api.launches.Readiness;
import org.policyops.api.launches.ReadinessReport;
import org.policyops.api.launches.RegionReadiness;
import org.policyops.api.launches.RuleEvaluation;
import org.policyops.api.localization.LocalizationCatalog;
import org.policyops.api.metrics.KpiScore;
import org.policyops.api.metrics.KpiScorecard;
import org.policyops.api.metrics.KpiStatus;
import org.policyops.api.tooling.AdoptionInfo;
import org.policyops.api.tooling.ToolAdoption;
import org.policyops.api.tooling.ToolCatalog;
import org.policyops.api.tooling.ToolInfo;
import org.policyops.api.training.TrainingQuery;
import org.policyops.metrics.internal.domain.Period;
import org.policyops.metrics.internal.domain.ReportPeriod;
import org.policyops.metrics.internal.domain.Series;
import org.policyops.metrics.internal.report.ExecutiveReport.AdoptionRow;
import org.policyops.metrics.internal.report.ExecutiveReport.BlockedLaunch;
import org.policyops.metrics.internal.report.ExecutiveReport.ScoreRow;
import org.policyops.metrics.internal.report.ExecutiveReport.Section;
import org.policyops.metrics.internal.report.ExecutiveReport.Trend;

/**
 * Gathers an executive report's content from services only: metrics' own scorecard and series, and each domain's API
 * service ({@code org.policyops.api.*}) when its feature is installed. A domain that is missing or fails leaves a
 * note in its section, never a failed report.
 */
public final class ReportBuilder {

    /** A KPI's line over everything between two days, read by period (metrics' series). */
    @FunctionalInterface
    public interface Trends {
        List<Series.Point> overall(String kpiId, LocalDate from, LocalDate to, Period period);
    }

    /** The domains' services as they are now; null for a domain whose feature is not installed. */
    public record Domains(TrainingQuery training, ComplianceRuntime launches, LocalizationCatalog localization,
            ToolAdoption adoption, ToolCatalog tools) {
    }

    /** Open launch regions (planned or approved): the ones still in flight. */
    static final Set<String> OPEN_REGION = Set.of("PLANNED", "APPROVED");
    /** Launches not completed nor cancelled. */
    static final Set<String> OPEN_LAUNCH = Set.of("PLANNED", "IN_PROGRESS");
    /** How many of the latest launches a report looks at. */
    static final int LAUNCHES_READ = 200;

    private final KpiScorecard scorecard;
    private final Trends trends;

    public ReportBuilder(KpiScorecard scorecard, Trends trends) {
        this.scorecard = scorecard;
        this.trends = trends;
    }

    /**
     * @param today the day of writing (UTC); the domains' figures are as of the period's last day or today if earlier
     */
    public ExecutiveReport build(ReportPeriod period, Domains domains, Instant now, LocalDate today) {
        LocalDate asOf = period.to().isBefore(today) ? period.to() : today;
        List<KpiScore> scores = scorecard.scorecard(null);
        List<ScoreRow> rows = scoreRows(scores);
        List<Trend> trendRows = new ArrayList<>();
        for (ScoreRow r : rows) {
            trendRows.add(new Trend(r.kpiId(), r.name(), r.unit(),
                    trends.overall(r.kpiId(), period.from(), asOf, period.trendPeriod())));
        }
        return new ExecutiveReport(period, now, asOf, rows, trendRows, trainingGaps(domains.training()),
                blockedLaunches(domains.launches()), overdue(domains.localization(), asOf),
                adoption(domains.adoption(), domains.tools(), asOf));
    }

    /** One row per KPI: its value over everything, and how many regional values are in WARNING and CRITICAL. */
    static List<ScoreRow> scoreRows(List<KpiScore> scores) {
        Map<String, List<KpiScore>> byKpi = new LinkedHashMap<>();
        scores.forEach(s -> byKpi.computeIfAbsent(s.kpiId(), k -> new ArrayList<>()).add(s));
        List<ScoreRow> rows = new ArrayList<>();
        byKpi.forEach((id, list) -> {
            KpiScore first = list.get(0);
            KpiScore overall = list.stream().filter(s -> s.dimensions().isEmpty()).findFirst().orElse(null);
            List<KpiScore> regional = list.stream().filter(s -> !s.dimensions().isEmpty()).toList();
            int warning = (int) regional.stream().filter(s -> s.status() == KpiStatus.WARNING).count();
            int critical = (int) regional.stream().filter(s -> s.status() == KpiStatus.CRITICAL).count();
            rows.add(overall == null
                    ? new ScoreRow(id, first.name(), first.unit(), first.day(), null, null, null, first.target(),
                            KpiStatus.NO_DATA, regional.size(), warning, critical)
                    : new ScoreRow(id, overall.name(), overall.unit(), overall.day(), overall.value(), overall.previous(),
                            overall.change(), overall.target(), overall.status(), regional.size(), warning, critical));
        });
        return rows;
    }

    static Section<org.policyops.api.training.GapInfo> trainingGaps(TrainingQuery training) {
        if (training == null) {
            return Section.notInstalled("training");
        }
        try {
            return Section.of(training.gaps(ExecutiveReport.TOP), ExecutiveReport.TOP);
        } catch (RuntimeException e) {
            return Section.failed("The training gaps", e);
        }
    }

    static Section<BlockedLaunch> blockedLaunches(ComplianceRuntime launches) {
        if (launches == null) {
            return Section.notInstalled("launches");
        }
        try {
            List<BlockedLaunch> out = new ArrayList<>();
            for (LaunchSummary l : launches.launches(LAUNCHES_READ)) {
                if (!OPEN_LAUNCH.contains(l.status())) {
                    continue;
                }
                ReadinessReport r = launches.readiness(l.id(), null).orElse(null);
                if (r == null) {
                    continue;
                }
                for (RegionReadiness region : r.regions()) {
                    if (OPEN_REGION.contains(region.status()) && region.readiness() == Readiness.NO_GO) {
                        out.add(new BlockedLaunch(l.id(), l.title(), l.policyKey(), l.policyVersion(),
                                region.region().value(), region.targetDate(), region.rules().stream()
                                        .filter(RuleEvaluation::blocking)
                                        .map(e -> e.title() + " (" + e.verdict() + ")").toList()));
                    }
                }
            }
            out.sort(Comparator.comparing(BlockedLaunch::targetDate, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(BlockedLaunch::launchId).thenComparing(BlockedLaunch::region));
            return Section.of(out, ExecutiveReport.TOP);
        } catch (RuntimeException e) {
            return Section.failed("The launches", e);
        }
    }

    static Section<org.policyops.api.localization.OverdueTimeline> overdue(LocalizationCatalog localization, LocalDate asOf) {
        if (localization == null) {
            return Section.notInstalled("localization");
        }
        try {
            return Section.of(localization.overdueTimelines(asOf, LocalizationCatalog.MAX_TIMELINES), ExecutiveReport.TOP);
        } catch (RuntimeException e) {
            return Section.failed("The localization timelines", e);
        }
    }

    /** Each tool over its regions, the least adopted first (tools without a target population last). */
    static Section<AdoptionRow> adoption(ToolAdoption adoption, ToolCatalog tools, LocalDate asOf) {
        if (adoption == null) {
            return Section.notInstalled("tooling");
        }
        try {
            Map<String, long[]> byTool = new TreeMap<>(); // regions, active28, active28 where targeted, target
            for (AdoptionInfo a : adoption.adoption(asOf)) {
                long[] t = byTool.computeIfAbsent(a.toolKey(), k -> new long[4]);
                t[0]++;
                t[1] += a.active28();
                if (a.targetPopulation() != null && a.targetPopulation() > 0) {
                    t[2] += a.active28();
                    t[3] += a.targetPopulation();
                }
            }
            List<AdoptionRow> rows = new ArrayList<>();
            byTool.forEach((key, t) -> rows.add(new AdoptionRow(key, toolName(tools, key), (int) t[0], t[1], t[3],
                    t[3] == 0 ? null : (double) t[2] / t[3])));
            rows.sort(Comparator.comparing(AdoptionRow::adoption28, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(AdoptionRow::toolKey));
            return Section.of(rows, ExecutiveReport.TOP);
        } catch (RuntimeException e) {
            return Section.failed("Tool adoption", e);
        }
    }

    private static String toolName(ToolCatalog tools, String key) {
        if (tools == null) {
            return key;
        }
        return tools.tool(key).map(ToolInfo::name).orElse(key);
    }
}
