package org.policyops.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.ComplianceRule;
import org.policyops.api.compliance.EvidenceView;
import org.policyops.api.compliance.Finding;
import org.policyops.api.compliance.LaunchRegionView;
import org.policyops.api.compliance.LaunchView;
import org.policyops.api.compliance.RuleContext;
import org.policyops.api.compliance.RuleResult;
import org.policyops.api.compliance.Severity;
import org.policyops.api.launches.ReadinessReport;
import org.policyops.api.launches.RuleEvaluation;
import org.policyops.launches.internal.runtime.ReadinessEvaluator;
import org.policyops.launches.internal.runtime.RuleRegistry;
import org.policyops.launches.internal.runtime.ServiceLookup;

/**
 * Readiness of one launch region with 500 rules, one of which is pathological: it never answers within the rule
 * time bound (2,000 ms, the default). The setup evaluates until that rule's circuit is open (3 consecutive
 * TIMEOUTs, about 6 s); then JMH samples each readiness evaluation (SampleTime: p50, p90, p99 printed) with the
 * circuit open, which is what every request meets until the 60 s cool-down ends. The measurement (1 warm-up and 4
 * measured iterations of 5 s) stays within the cool-down, so no half-open trial falls into it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 4, time = 5)
public class SlowRuleBenchmark {

    static final RegionCode IN = RegionCode.of("IN");

    private ReadinessEvaluator evaluator;
    private LaunchView launch;

    /** A cheap real rule: the region has a target date and evidence is looked at. */
    static final class CheapRule implements ComplianceRule {
        private final String id;

        CheapRule(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String title() {
            return "Cheap rule " + id;
        }

        @Override
        public String description() {
            return "The region has a target date.";
        }

        @Override
        public Set<RegionCode> regions() {
            return Set.of();
        }

        @Override
        public Severity severity() {
            return Severity.WARNING;
        }

        @Override
        public RuleResult evaluate(RuleContext context) {
            long evidence = context.launch().evidence().stream().filter(e -> e.region().equals(context.region())).count();
            return context.launchRegion().targetDate() == null ? RuleResult.fail(Finding.of("no target date"))
                    : RuleResult.pass(Finding.of(evidence + " evidence records"));
        }
    }

    /** Never answers in time: sleeps a minute each time (interrupted when abandoned). */
    static final class SlowRule implements ComplianceRule {
        @Override
        public String id() {
            return "bench.pathological";
        }

        @Override
        public String title() {
            return "Pathologically slow";
        }

        @Override
        public String description() {
            return "Never answers within its time bound.";
        }

        @Override
        public Set<RegionCode> regions() {
            return Set.of(IN);
        }

        @Override
        public Severity severity() {
            return Severity.BLOCKER;
        }

        @Override
        public RuleResult evaluate(RuleContext context) throws InterruptedException {
            // Never answers: the executor's time bound abandons (interrupts) it.
            new java.util.concurrent.CountDownLatch(1).await();
            return RuleResult.pass();
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        RuleRegistry registry = new RuleRegistry();
        for (int i = 0; i < 499; i++) {
            registry.add(1000 + i, new CheapRule(String.format(Locale.ROOT, "bench.cheap-%03d", i)), 2, "bench.plugin" + (i / 25),
                    "1.0.0", null);
        }
        registry.add(9999, new SlowRule(), 3, "bench.pathological", "1.0.0", null);
        Instant now = Instant.now();
        List<EvidenceView> evidence = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            evidence.add(new EvidenceView("IN-REQ-" + i, IN, "hate-speech", "3.1.0", "doc-" + i, "fine", "bench", now));
        }
        launch = new LaunchView(1, "Hate speech v3.1 — India", "hate-speech", "3.1.0", "PLANNED",
                List.of(new LaunchRegionView(IN, LocalDate.now().plusDays(30), "PLANNED", null, null)), evidence, now);
        evaluator = new ReadinessEvaluator(registry, r -> ServiceLookup.NONE, Clock.systemUTC(),
                new ReadinessEvaluator.Settings(2000, Set.of(), 8, 3, Duration.ofSeconds(60), Duration.ofMinutes(5)));
        for (int i = 1; i <= 10; i++) {
            long start = System.nanoTime();
            RuleEvaluation slow = slowRule(evaluator.evaluate(launch, IN));
            System.out.printf(Locale.ROOT, "setup evaluation %d: %.1f ms, pathological rule: %s%n", i,
                    (System.nanoTime() - start) / 1e6, slow.findings().get(0).message());
            if (slow.findings().get(0).message().startsWith("circuit open since")) {
                return;
            }
        }
        throw new IllegalStateException("the circuit did not open");
    }

    static RuleEvaluation slowRule(ReadinessReport report) {
        return report.regions().get(0).rules().stream().filter(e -> e.ruleId().equals("bench.pathological")).findFirst()
                .orElseThrow();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        evaluator.close();
    }

    /** One readiness evaluation of 500 rules with the pathological rule's circuit open. */
    @Benchmark
    public ReadinessReport readinessWithCircuitOpen() {
        return evaluator.evaluate(launch, IN);
    }
}
