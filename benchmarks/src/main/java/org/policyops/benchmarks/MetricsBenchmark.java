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
import org.policyops.metrics.internal.dto.BackfillRequest;
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
 * 100 ms) and one KPI's two-year daily series (under 50 ms). The values come from synthetic providers; what is measured
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
    private final OutputStream nowhere = OutputStream.nullOutputStream();

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
}
