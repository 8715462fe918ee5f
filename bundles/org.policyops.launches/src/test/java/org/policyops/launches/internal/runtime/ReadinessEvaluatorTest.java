package org.policyops.launches.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.ComplianceRule;
import org.policyops.api.compliance.Finding;
import org.policyops.api.compliance.LaunchRegionView;
import org.policyops.api.compliance.LaunchView;
import org.policyops.api.compliance.RuleResult;
import org.policyops.api.compliance.Severity;
import org.policyops.api.compliance.Verdict;
import org.policyops.api.launches.Readiness;
import org.policyops.api.launches.ReadinessReport;
import org.policyops.api.launches.RegionReadiness;
import org.policyops.api.launches.RuleEvaluation;
import org.policyops.api.training.TrainingCoverage;
import org.policyops.launches.internal.testing.TestRule;

/** Verdict aggregation per region: GO and NO_GO, shadow mode, ERROR and TIMEOUT, applicability, the rule context. */
class ReadinessEvaluatorTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final LaunchView LAUNCH = new LaunchView(7, "Hate speech v3.1", "hate-speech", "3.1.0", "PLANNED",
            List.of(new LaunchRegionView(RegionCode.of("EU"), LocalDate.of(2027, 1, 18), "PLANNED", null, null),
                    new LaunchRegionView(RegionCode.of("UK"), null, "PLANNED", null, null)),
            List.of(), NOW);

    private final RuleRegistry registry = new RuleRegistry();
    private final AtomicLong ids = new AtomicLong(100);
    private final CountDownLatch release = new CountDownLatch(1);
    private ReadinessEvaluator evaluator;

    @AfterEach
    void tearDown() {
        release.countDown();
        if (evaluator != null) {
            evaluator.close();
        }
    }

    private void rule(ComplianceRule rule) {
        registry.add(ids.incrementAndGet(), rule, 42, "org.example.plugin", "1.2.0", null);
    }

    /** For rules that return: a long bound, so that a loaded machine's scheduling cannot turn them into timeouts. */
    private ReadinessEvaluator evaluator(Set<String> shadow, Function<RegisteredRule, ServiceLookup> lookups) {
        return evaluator(shadow, lookups, 30_000);
    }

    /** For the tests of rules that hang: they wait out the bound, so it is short. */
    private ReadinessEvaluator evaluator(Set<String> shadow, Function<RegisteredRule, ServiceLookup> lookups, int boundMillis) {
        evaluator = new ReadinessEvaluator(registry, lookups, Clock.fixed(NOW, ZoneOffset.UTC),
                new ReadinessEvaluator.Settings(boundMillis, shadow, 4));
        return evaluator;
    }

    private static Map<String, RuleEvaluation> byId(RegionReadiness r) {
        return r.rules().stream().collect(Collectors.toMap(RuleEvaluation::ruleId, e -> e));
    }

    @Test
    void observersAreToldOfEachEvaluationAndOneThatThrowsChangesNothing() {
        rule(new TestRule("a.pass", Severity.BLOCKER, c -> RuleResult.pass()));
        List<ReadinessReport> seen = new java.util.ArrayList<>();
        List<Long> durations = new java.util.ArrayList<>();
        ReadinessEvaluator e = evaluator(Set.of(), r -> ServiceLookup.NONE);
        e.observers(List.of((report, nanos) -> {
            throw new IllegalStateException("a broken observer");
        }, (report, nanos) -> {
            seen.add(report);
            durations.add(nanos);
        }));
        ReadinessReport report = e.evaluate(LAUNCH, null);
        assertEquals(List.of(report), seen);
        assertEquals(1, durations.size());
        assertTrue(durations.get(0) >= 0);
        assertEquals(Readiness.GO, report.regions().get(0).readiness());
    }

    @Test
    void passingAndNotApplicableBlockersAndFailingWarningsAreGo() {
        rule(new TestRule("a.pass", Severity.BLOCKER, c -> RuleResult.pass()));
        rule(new TestRule("a.na", Severity.BLOCKER, c -> RuleResult.notApplicable("training is not installed")));
        rule(new TestRule("a.warn", Severity.WARNING, c -> RuleResult.fail(Finding.of("no target date"))));
        ReadinessReport report = evaluator(Set.of(), r -> ServiceLookup.NONE).evaluate(LAUNCH, null);
        assertEquals(7, report.launchId());
        assertEquals(NOW, report.evaluatedAt());
        assertEquals(2, report.regions().size());
        for (RegionReadiness r : report.regions()) {
            assertEquals(Readiness.GO, r.readiness(), r.toString());
            assertEquals(3, r.rules().size());
            assertFalse(byId(r).get("a.warn").blocking());
            assertEquals("org.example.plugin", byId(r).get("a.pass").plugin());
            assertEquals("1.2.0", byId(r).get("a.pass").pluginVersion());
            assertEquals(List.of("REQ-a.pass"), byId(r).get("a.pass").requirements());
        }
        // Blockers first, then warnings.
        assertEquals(Severity.WARNING, report.regions().get(0).rules().get(2).severity());
    }

    @Test
    void aFailingBlockerMakesItsRegionNoGoAndOnlyThatRegion() {
        rule(new TestRule("uk.risk-assessment", Severity.BLOCKER,
                c -> RuleResult.fail(new Finding("no illegal-content risk assessment", "UK-OSA-9")), "UK"));
        rule(new TestRule("all.ok", Severity.BLOCKER, c -> RuleResult.pass()));
        ReadinessReport report = evaluator(Set.of(), r -> ServiceLookup.NONE).evaluate(LAUNCH, null);
        RegionReadiness eu = report.regions().get(0);
        RegionReadiness uk = report.regions().get(1);
        assertEquals(Readiness.GO, eu.readiness());
        assertEquals(1, eu.rules().size(), "the UK rule does not apply in the EU");
        assertEquals(Readiness.NO_GO, uk.readiness());
        RuleEvaluation e = byId(uk).get("uk.risk-assessment");
        assertEquals(Verdict.FAIL, e.verdict());
        assertTrue(e.blocking());
        assertEquals("UK-OSA-9", e.findings().get(0).evidence());
    }

    @Test
    void shadowRulesAreReportedButNeverBlock() {
        rule(new TestRule("eu.new-rule", Severity.BLOCKER, c -> RuleResult.fail(Finding.of("not yet"))));
        ReadinessReport report = evaluator(Set.of("eu.new-rule"), r -> ServiceLookup.NONE).evaluate(LAUNCH, RegionCode.of("EU"));
        RegionReadiness eu = report.regions().get(0);
        assertEquals(Readiness.GO, eu.readiness());
        RuleEvaluation e = eu.rules().get(0);
        assertTrue(e.shadow());
        assertFalse(e.blocking());
        assertEquals(Verdict.FAIL, e.verdict());
    }

    @Test
    void aThrowingBlockerIsErrorWithItsCauseAndNoGo() {
        rule(new TestRule("bad.throws", Severity.BLOCKER, c -> {
            throw new IllegalStateException("translation service down", new java.io.IOException("connection refused"));
        }));
        rule(new TestRule("good", Severity.BLOCKER, c -> RuleResult.pass()));
        RegionReadiness eu = evaluator(Set.of(), r -> ServiceLookup.NONE).evaluate(LAUNCH, RegionCode.of("EU")).regions().get(0);
        RuleEvaluation e = byId(eu).get("bad.throws");
        assertEquals(Verdict.ERROR, e.verdict());
        assertTrue(e.blocking());
        String message = e.findings().get(0).message();
        assertTrue(message.contains("IllegalStateException: translation service down"), message);
        assertTrue(message.contains("caused by java.io.IOException: connection refused"), message);
        assertTrue(e.findings().get(0).evidence().startsWith("at "), e.findings().get(0).evidence());
        assertEquals(Verdict.PASS, byId(eu).get("good").verdict());
        assertEquals(Readiness.NO_GO, eu.readiness());
    }

    @Test
    void aHangingBlockerTimesOutAtTheBoundAndTheOthersAreStillEvaluated() {
        rule(new TestRule("bad.hangs", Severity.BLOCKER, c -> {
            while (true) {
                try {
                    release.await();
                    return RuleResult.pass();
                } catch (InterruptedException ignored) {
                    // ignores the interrupt
                }
            }
        }));
        rule(new TestRule("info.ok", Severity.INFO, c -> RuleResult.pass()));
        // The rule hangs until the test ends: that evaluate() returns at all shows the time bound held.
        RegionReadiness eu = evaluator(Set.of(), r -> ServiceLookup.NONE, 300).evaluate(LAUNCH, RegionCode.of("EU")).regions().get(0);
        RuleEvaluation e = byId(eu).get("bad.hangs");
        assertEquals(Verdict.TIMEOUT, e.verdict());
        assertEquals(300, e.durationMillis());
        assertTrue(e.findings().get(0).message().contains("300 ms"), e.findings().toString());
        assertEquals(Readiness.NO_GO, eu.readiness());
        assertEquals(Verdict.PASS, byId(eu).get("info.ok").verdict());

        // Asked again while it still hangs: reported at once, not started again.
        RegionReadiness second = evaluator.evaluate(LAUNCH, RegionCode.of("EU")).regions().get(0);
        assertEquals(Verdict.TIMEOUT, byId(second).get("bad.hangs").verdict());
        assertTrue(byId(second).get("bad.hangs").findings().get(0).message().startsWith("Not run"));
        // Judged by the reported duration rather than the wall clock, which a loaded machine stretches.
        assertTrue(byId(second).get("bad.hangs").durationMillis() < 300, byId(second).get("bad.hangs").toString());
    }

    @Test
    void aShadowRuleThatTimesOutDoesNotBlock() {
        rule(new TestRule("slow.shadow", Severity.BLOCKER, c -> {
            release.await(); // slower than the bound: released when the test ends
            return RuleResult.pass();
        }));
        RegionReadiness eu = evaluator(Set.of("slow.shadow"), r -> ServiceLookup.NONE, 300).evaluate(LAUNCH, RegionCode.of("EU"))
                .regions().get(0);
        assertEquals(Verdict.TIMEOUT, eu.rules().get(0).verdict());
        assertFalse(eu.rules().get(0).blocking());
        assertEquals(Readiness.GO, eu.readiness());
    }

    @Test
    void resultsOnlyThePlatformMaySetOrNoResultAreErrors() {
        rule(new TestRule("returns.null", Severity.WARNING, c -> null));
        rule(new TestRule("returns.timeout", Severity.BLOCKER, c -> new RuleResult(Verdict.TIMEOUT, List.of())));
        RegionReadiness eu = evaluator(Set.of(), r -> ServiceLookup.NONE).evaluate(LAUNCH, RegionCode.of("EU")).regions().get(0);
        assertEquals(Verdict.ERROR, byId(eu).get("returns.null").verdict());
        assertFalse(byId(eu).get("returns.null").blocking(), "a warning never blocks");
        assertEquals(Verdict.ERROR, byId(eu).get("returns.timeout").verdict());
        assertEquals(Readiness.NO_GO, eu.readiness());
    }

    @Test
    void theContextGivesTheLaunchTheRegionTheMomentAndOptionalServices() {
        TrainingCoverage coverage = org.mockito.Mockito.mock(TrainingCoverage.class);
        rule(new TestRule("ctx", Severity.INFO, c -> {
            String seen = c.launch().policyKey() + "@" + c.launch().policyVersion() + " " + c.region() + " "
                    + c.launchRegion().targetDate() + " " + c.now() + " training=" + c.trainingCoverage().isPresent()
                    + " catalog=" + c.policyCatalog().isPresent() + " l10n=" + c.translationStatus().isPresent();
            return RuleResult.pass(Finding.of(seen));
        }));
        ServiceLookup lookup = new ServiceLookup() {
            @Override
            public <S> Optional<S> find(Class<S> type) {
                return type == TrainingCoverage.class ? Optional.of(type.cast(coverage)) : Optional.empty();
            }

            @Override
            public void close() {
            }
        };
        RegionReadiness eu = evaluator(Set.of(), r -> lookup).evaluate(LAUNCH, RegionCode.of("EU")).regions().get(0);
        assertEquals("hate-speech@3.1.0 EU 2027-01-18 " + NOW + " training=true catalog=false l10n=false",
                eu.rules().get(0).findings().get(0).message());
    }

    @Test
    void aRegionTheLaunchDoesNotHaveIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> evaluator(Set.of(), r -> ServiceLookup.NONE).evaluate(LAUNCH, RegionCode.of("BR")));
        assertTrue(e.getMessage().contains("[EU, UK]"), e.getMessage());
    }

    @Test
    void rulesThatCannotDescribeThemselvesOrClashAreLeftOutWithTheReason() {
        rule(new TestRule("Bad Id!", Severity.BLOCKER, c -> RuleResult.pass()));
        rule(new TestRule("same.id", Severity.BLOCKER, c -> RuleResult.pass()));
        registry.add(500, new TestRule("same.id", Severity.INFO, c -> RuleResult.pass()), 43, "org.other.plugin", "1.0.0", null);
        // A newer version of the same plugin replaces the older one.
        registry.add(501, new TestRule("same.id", Severity.WARNING, c -> RuleResult.pass()), 44, "org.example.plugin",
                "1.3.0", null);
        assertEquals(1, registry.rules().size());
        assertEquals(Severity.WARNING, registry.rules().get(0).severity());
        assertEquals("1.3.0", registry.rules().get(0).pluginVersion());
        List<RuleRegistry.Refused> refused = registry.refused();
        assertEquals(3, refused.size(), refused.toString());
        assertTrue(refused.get(0).reason().contains("'Bad Id!' is not"), refused.toString());
        registry.remove(501);
        assertEquals("1.2.0", registry.rules().get(0).pluginVersion(), "the older version takes part again");
    }
}
