package org.policyops.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.policyops.api.metrics.KpiDefinition;
import org.policyops.api.metrics.KpiDefinition.Cadence;
import org.policyops.api.metrics.KpiDefinition.Direction;
import org.policyops.api.metrics.KpiProvider;
import org.policyops.api.metrics.KpiScore;
import org.policyops.api.metrics.KpiValue;
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.Severity;
import org.policyops.api.compliance.Verdict;
import org.policyops.api.launches.ComplianceRuntime;
import org.policyops.api.launches.IntegrationInfo;
import org.policyops.api.launches.LaunchSummary;
import org.policyops.api.launches.Readiness;
import org.policyops.api.launches.ReadinessReport;
import org.policyops.api.launches.RegionReadiness;
import org.policyops.api.launches.RuleEvaluation;
import org.policyops.api.launches.RuleInfo;
import org.policyops.api.localization.LocalizationCatalog;
import org.policyops.api.localization.OverdueTimeline;
import org.policyops.api.tooling.AdoptionInfo;
import org.policyops.api.training.CertificationInfo;
import org.policyops.api.training.CoverageInfo;
import org.policyops.api.training.GapInfo;
import org.policyops.api.training.TrainingQuery;
import org.policyops.core.events.EventPosters;
import org.policyops.metrics.internal.domain.ReportPeriod;
import org.policyops.metrics.internal.dto.BackfillRequest;
import org.policyops.metrics.internal.dto.ReportRequest;
import org.policyops.metrics.internal.dto.ReportView;
import org.policyops.metrics.internal.report.ReportBuilder;
import org.policyops.metrics.internal.service.ReportService;
import org.policyops.metrics.internal.dto.SeriesView;
import org.policyops.metrics.internal.prometheus.PlatformMetrics;
import org.policyops.metrics.internal.service.KpiProviders;
import org.policyops.metrics.internal.service.KpiService;
import org.policyops.metrics.internal.service.ScorecardService;
import org.policyops.metrics.internal.service.SeriesService;
import org.policyops.metrics.internal.service.SnapshotService;
import org.policyops.testing.LocalJpa;
import org.policyops.testing.MovableClock;

/**
 * The metrics services on EclipseLink and in-memory H2, outside OSGi: 30 KPIs × 60 regions (and each KPI overall),
 * two daily snapshots of all of them, and two years of daily history of one KPI (730 days × 61 values, recorded by a
 * backfill). Measures the scorecard (issue 14: 30 KPIs × 60 regions under 200 ms), the Prometheus scrape (under
 * 100 ms), one KPI's two-year daily series (under 50 ms) and the quarterly executive report as HTML and PDF (under
 * 3 s). The values come from synthetic providers, and the report's domain sections from synthetic domain services
 * (training gaps, launches with NO_GO regions, overdue timelines, adoption of 20 tools in 60 regions); what is measured
 * is the metrics side: reading the snapshots and writing the answers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class MetricsBenchmark {

    static final int KPIS = 30;
    static final int REGIONS = 60;
    static final int DAYS = 730;
    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    static final LocalDate YESTERDAY = LocalDate.parse("2026-12-06");
    static final String HISTORY_KPI = "bench-kpi-00";

    /** Synthetic KPIs: the first can compute past days (the history), the others only now. */
    static final class Synthetic implements KpiProvider {
        private final List<KpiDefinition> kpis = new ArrayList<>();
        private final boolean history;

        Synthetic(boolean history) {
            this.history = history;
            for (int k = history ? 0 : 1; k < (history ? 1 : KPIS); k++) {
                kpis.add(new KpiDefinition(String.format("bench-kpi-%02d", k), "Benchmark KPI " + k, "synthetic", "ratio",
                        Direction.HIGHER_IS_BETTER, 0.9, 0.8, 0.6, "Bench", Cadence.DAILY, List.of(KpiValue.REGION), history));
            }
        }

        static String region(int r) {
            return String.format("R%02d", r);
        }

        @Override
        public List<KpiDefinition> kpis() {
            return kpis;
        }

        @Override
        public List<KpiValue> values(LocalDate asOf) {
            List<KpiValue> out = new ArrayList<>();
            for (KpiDefinition d : kpis) {
                for (int r = 0; r < REGIONS; r++) {
                    out.add(KpiValue.ofRegion(d.id(), region(r), ((asOf.toEpochDay() * 31 + r * 17 + d.id().hashCode()) % 100) / 100.0, 100));
                }
                out.add(KpiValue.overall(d.id(), (asOf.toEpochDay() % 100) / 100.0, 100 * REGIONS));
            }
            return out;
        }
    }

    private LocalJpa jpa;
    private SnapshotService snapshots;
    private ScorecardService scorecard;
    private SeriesService series;
    private PlatformMetrics prometheus;
    private ReportService reports;
    private final OutputStream nowhere = OutputStream.nullOutputStream();
    private static final ReportPeriod QUARTER = ReportPeriod.parse(ReportPeriod.Kind.QUARTERLY, "2026-Q4");

    /** The domains as a report sees them through their API services, with as many rows as a busy installation. */
    static ReportBuilder.Domains domains() {
        TrainingQuery training = new TrainingQuery() {
            @Override
            public List<CoverageInfo> coverageReport(RegionCode region) {
                return List.of();
            }

            @Override
            public List<GapInfo> gaps(int limit) {
                List<GapInfo> out = new ArrayList<>();
                for (int i = 1; i <= limit; i++) {
                    out.add(new GapInfo(i, "policy-" + i, Synthetic.region(i), "moderator", 400, 200 + i, (200.0 + i) / 400,
                            0.04, 0.01, "2026-11", 0.5 - i / 100.0, List.of("coverage below 95 %", "leakage above 3 %"),
                            "Assign the current course to the uncertified moderators"));
                }
                return out;
            }

            @Override
            public java.util.Optional<List<CertificationInfo>> certifications(String learnerId) {
                return java.util.Optional.empty();
            }

            @Override
            public List<String> learnerIds(String prefix, int limit) {
                return List.of();
            }

            @Override
            public List<String> policyKeys() {
                return List.of();
            }
        };
        ComplianceRuntime launches = new ComplianceRuntime() {
            @Override
            public List<RuleInfo> rules() {
                return List.of();
            }

            @Override
            public List<IntegrationInfo> integrations() {
                return List.of();
            }

            @Override
            public java.util.Optional<ReadinessReport> readiness(long launchId, RegionCode region) {
                List<RegionReadiness> regions = new ArrayList<>();
                for (int r = 0; r < 6; r++) {
                    regions.add(new RegionReadiness(RegionCode.of(Synthetic.region(r)), LocalDate.parse("2027-01-15"),
                            "PLANNED", r % 2 == 0 ? Readiness.NO_GO : Readiness.GO, List.of(new RuleEvaluation("rule-" + r,
                                    "Translations reviewed", Severity.BLOCKER, false, r % 2 == 0 ? Verdict.FAIL : Verdict.PASS,
                                    List.of(), List.of(), r % 2 == 0, "pack", "1.0.0", 2))));
                }
                return java.util.Optional.of(new ReadinessReport(launchId, "Launch " + launchId, "policy", "1.0", NOW, regions));
            }

            @Override
            public List<LaunchSummary> launches(int limit) {
                List<LaunchSummary> out = new ArrayList<>();
                for (long i = 1; i <= 20; i++) {
                    out.add(new LaunchSummary(i, "Launch " + i, "policy", "1.0", "IN_PROGRESS", List.of()));
                }
                return out;
            }
        };
        LocalizationCatalog localization = new LocalizationCatalog() {
            @Override
            public List<String> contentKeys(String prefix, int limit) {
                return List.of();
            }

            @Override
            public List<RegionCode> regions(boolean groupsOnly) {
                return List.of();
            }

            @Override
            public List<OverdueTimeline> overdueTimelines(LocalDate asOf, int limit) {
                List<OverdueTimeline> out = new ArrayList<>();
                for (int r = 0; r < REGIONS; r++) {
                    out.add(new OverdueTimeline("policy", "1.0", Synthetic.region(r), List.of("translation", "training"),
                            asOf.minusDays(r + 1), r + 1));
                }
                return out;
            }
        };
        List<AdoptionInfo> adoption = new ArrayList<>();
        for (int t = 0; t < 20; t++) {
            for (int r = 0; r < REGIONS; r++) {
                adoption.add(new AdoptionInfo("tool-" + t, Synthetic.region(r), 100L, 40 + t, 60 + t, 0.4, 0.6));
            }
        }
        org.policyops.api.tooling.ToolAdoption tools = new org.policyops.api.tooling.ToolAdoption() {
            @Override
            public List<AdoptionInfo> adoption(LocalDate asOf) {
                return adoption;
            }

            @Override
            public java.util.Optional<List<org.policyops.api.tooling.WeeklyActive>> trend(String toolKey, String region,
                    int weeks, LocalDate asOf) {
                return java.util.Optional.empty();
            }
        };
        return new ReportBuilder.Domains(training, launches, localization, tools, null);
    }

    @Setup(Level.Trial)
    public void setUp() {
        jpa = LocalJpa.named("policyops-metrics", "metrics-benchmark", Map.of());
        MovableClock clock = new MovableClock(NOW);
        KpiProviders providers = KpiProviders.of(List.of(new Synthetic(true), new Synthetic(false)));
        snapshots = new SnapshotService(jpa, providers, clock);
        long started = System.nanoTime();
        var report = snapshots.backfill(new BackfillRequest(YESTERDAY.minusDays(DAYS - 1).toString(), YESTERDAY.toString()));
        snapshots.take(YESTERDAY.minusDays(DAYS));
        snapshots.take(YESTERDAY);
        System.out.printf("%nRecorded %,d values of %s over %d days by backfill, and two snapshots of %d KPIs × %d regions, in %.1f s%n",
                report.values(), report.kpis(), report.days(), KPIS, REGIONS, (System.nanoTime() - started) / 1e9);
        scorecard = new ScorecardService(jpa, providers);
        series = new SeriesService(jpa, new KpiService(jpa, providers, clock), clock);
        prometheus = new PlatformMetrics(scorecard, true);
        ReportBuilder.Domains domains = domains();
        reports = new ReportService(jpa, scorecard, series::overall, snapshots.loader(), EventPosters.none(), clock,
                () -> domains);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        jpa.close();
    }

    /** Every KPI's latest values (30 × 61) with the values before, changes and status. */
    @Benchmark
    public List<KpiScore> scorecard() {
        return scorecard.scorecard(null);
    }

    /** The same for one region (30 values). */
    @Benchmark
    public List<KpiScore> scorecardOfOneRegion() {
        return scorecard.scorecard("R07");
    }

    /** A scrape: the scorecard as gauges, the JVM's metrics, written in the text format. */
    @Benchmark
    public void scrape() throws IOException {
        prometheus.write(nowhere);
    }

    /** One KPI in one region, day by day over two years (730 points). */
    @Benchmark
    public SeriesView seriesTwoYearsOneRegion() {
        return series.series(HISTORY_KPI, YESTERDAY.minusDays(DAYS - 1).toString(), YESTERDAY.toString(), "R07", null);
    }

    /** One KPI, all 61 lines over two years (44,530 points). */
    @Benchmark
    public SeriesView seriesTwoYearsEveryRegion() {
        return series.series(HISTORY_KPI, YESTERDAY.minusDays(DAYS - 1).toString(), YESTERDAY.toString(), null, null);
    }

    /**
     * The quarterly executive report, gathered and written as HTML and PDF, not archived: the scorecard (30 KPIs ×
     * 61 values), each KPI's trend over the quarter, and the domain sections.
     */
    @Benchmark
    public ReportService.Rendered reportPdf() {
        return reports.render(QUARTER);
    }

    /** The same, archived: what {@code POST /api/metrics/reports} does. */
    @Benchmark
    public ReportView reportGenerated() {
        return reports.generate(new ReportRequest("QUARTERLY", "2026-Q4"), "bench");
    }
}
