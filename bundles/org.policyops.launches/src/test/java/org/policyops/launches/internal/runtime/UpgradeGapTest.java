package org.policyops.launches.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.Finding;
import org.policyops.api.compliance.LaunchRegionView;
import org.policyops.api.compliance.LaunchView;
import org.policyops.api.compliance.RuleResult;
import org.policyops.api.compliance.Severity;
import org.policyops.api.compliance.Verdict;
import org.policyops.api.launches.Readiness;
import org.policyops.api.launches.RegionReadiness;
import org.policyops.api.launches.RuleEvaluation;
import org.policyops.launches.internal.testing.TestRule;
import org.policyops.testing.MovableClock;

/**
 * A plugin that is changing never leaves a gap: its rules are pending (not evaluated, never a PASS) from the moment
 * it starts to stop until its new version registers them, it is removed, or the pending time bound has passed
 * (then they fail). And the circuit breaker for rules that keep timing out.
 */
class UpgradeGapTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final String PLUGIN = "org.example.in";
    static final LaunchView LAUNCH = new LaunchView(7, "Hate speech v3.1", "hate-speech", "3.1.0", "PLANNED",
            List.of(new LaunchRegionView(RegionCode.of("IN"), LocalDate.of(2027, 1, 18), "PLANNED", null, null),
                    new LaunchRegionView(RegionCode.of("UK"), null, "PLANNED", null, null)),
            List.of(), NOW);
    static final RegionCode IN = RegionCode.of("IN");

    private final MovableClock clock = new MovableClock(NOW);
    private final RuleRegistry registry = new RuleRegistry(clock);
    private final ReadinessEvaluator evaluator = new ReadinessEvaluator(registry, r -> ServiceLookup.NONE, clock,
            new ReadinessEvaluator.Settings(300, Set.of(), 4, 3, Duration.ofSeconds(60), Duration.ofMinutes(5)));

    @AfterEach
    void tearDown() {
        evaluator.close();
    }

    private RegionReadiness in() {
        return evaluator.evaluate(LAUNCH, IN).regions().get(0);
    }

    private static RuleEvaluation rule(RegionReadiness r, String id) {
        return r.rules().stream().filter(e -> e.ruleId().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " in " + r));
    }

    private void v1() {
        registry.add(1, new TestRule("in.consent", Severity.BLOCKER, c -> RuleResult.pass(), "IN"), 42, PLUGIN, "1.0.0", null);
    }

    @Test
    void aBlockerOfAChangingPluginIsPendingUntilTheNewVersionRegistersIt() {
        v1();
        assertEquals(Readiness.GO, in().readiness());
        long before = registry.generation();

        registry.changing(42, PLUGIN, "plugin " + PLUGIN + " 1.0.0 is changing");
        assertNotEquals(before, registry.generation(), "a change bumps the generation an approval checks");
        registry.remove(1, "plugin " + PLUGIN + " 1.0.0 is changing (STOPPING)");

        RegionReadiness during = in();
        assertEquals(Readiness.NO_GO, during.readiness(), "never GO while the blocker is missing");
        RuleEvaluation pending = rule(during, "in.consent");
        assertEquals(Verdict.ERROR, pending.verdict());
        assertTrue(pending.blocking());
        assertEquals(PLUGIN, pending.plugin());
        assertTrue(pending.findings().get(0).message().startsWith("Pending: plugin " + PLUGIN + " 1.0.0 is changing"),
                pending.findings().toString());
        assertEquals(1, evaluator.changing(registry.snapshot(), IN).size(), "approvals in IN must wait");
        assertTrue(evaluator.changing(registry.snapshot(), RegionCode.of("UK")).isEmpty(), "UK has no rule of it");

        registry.add(2, new TestRule("in.consent", Severity.BLOCKER, c -> RuleResult.pass(), "IN"), 43, PLUGIN, "1.1.0", null);
        RegionReadiness after = in();
        assertEquals(Readiness.GO, after.readiness());
        assertEquals("1.1.0", rule(after, "in.consent").pluginVersion());
        assertTrue(registry.snapshot().pending().isEmpty());
    }

    @Test
    void aRuleWithdrawnBeforeTheBundleEventArrivesIsPendingToo() {
        v1();
        // Declarative Services may withdraw the service before the registry hears of the bundle stopping.
        registry.remove(1, "plugin " + PLUGIN + " 1.0.0 is changing (STOPPING)");
        assertEquals(Readiness.NO_GO, in().readiness());
        registry.changing(42, PLUGIN, "late");
        assertTrue(rule(in(), "in.consent").findings().get(0).message().contains("(STOPPING)"), "the first reason stays");
    }

    @Test
    void aRuleWithdrawnWhileItsPluginStaysActiveIsSimplyGone() {
        v1();
        registry.remove(1);
        assertEquals(Readiness.GO, in().readiness());
        assertTrue(in().rules().isEmpty());
    }

    @Test
    void removingThePluginEndsThePendingUnlessAnotherVersionIsInstalled() {
        v1();
        registry.changing(42, PLUGIN, "changing");
        registry.remove(1, "changing");
        registry.removed(PLUGIN, true);
        assertEquals(Readiness.NO_GO, in().readiness(), "a replacement under another file name is still to come");
        registry.removed(PLUGIN, false);
        assertEquals(Readiness.GO, in().readiness());
        assertTrue(in().rules().isEmpty());
    }

    @Test
    void aPluginThatSettledWithoutTheRuleDroppedIt() {
        v1();
        registry.changing(42, PLUGIN, "changing");
        registry.remove(1, "changing");
        registry.settled(PLUGIN);
        assertEquals(Readiness.GO, in().readiness());
    }

    @Test
    void afterThePendingBoundTheRuleFailsAndApprovalsAreJudgedByReadinessAgain() {
        v1();
        registry.changing(42, PLUGIN, "plugin " + PLUGIN + " 1.0.0 is changing");
        registry.remove(1, "x");
        clock.advance(Duration.ofMinutes(5));
        RuleEvaluation failing = rule(in(), "in.consent");
        assertEquals(Verdict.ERROR, failing.verdict());
        assertTrue(failing.blocking());
        assertTrue(failing.findings().get(0).message().startsWith("Failing: plugin " + PLUGIN), failing.findings().toString());
        assertTrue(evaluator.changing(registry.snapshot(), IN).isEmpty(), "no longer changing: simply NO_GO");
    }

    @Test
    void aPendingWarningIsReportedButDoesNotBlock() {
        registry.add(1, new TestRule("in.note", Severity.WARNING, c -> RuleResult.pass(), "IN"), 42, PLUGIN, "1.0.0", null);
        registry.changing(42, PLUGIN, "changing");
        registry.remove(1, "changing");
        RegionReadiness r = in();
        assertEquals(Readiness.GO, r.readiness());
        assertEquals(Verdict.ERROR, rule(r, "in.note").verdict());
        assertEquals(1, evaluator.changing(registry.snapshot(), IN).size(), "but an approval still waits for it");
    }

    @Test
    void aRuleThatKeepsTimingOutIsReportedAtOnceWhileItsCircuitIsOpen() {
        registry.add(1, new TestRule("in.slow", Severity.BLOCKER, c -> {
            new java.util.concurrent.CountDownLatch(1).await(); // a rule that never answers; interrupted when abandoned
            return RuleResult.pass();
        }, "IN"), 42, PLUGIN, "1.0.0", null);
        registry.add(2, new TestRule("in.fast", Severity.INFO, c -> RuleResult.pass(Finding.of("ok")), "IN"), 42, PLUGIN, "1.0.0", null);
        for (int i = 0; i < 3; i++) {
            // Timed out, or (when its interrupted run has not yet returned) reported as still running: both count.
            RuleEvaluation slow = rule(in(), "in.slow");
            assertEquals(Verdict.TIMEOUT, slow.verdict());
            assertTrue(!slow.findings().get(0).message().startsWith("circuit"), "round " + i + ": " + slow);
        }
        RegionReadiness open = in();
        RuleEvaluation slow = rule(open, "in.slow");
        assertEquals(Verdict.TIMEOUT, slow.verdict());
        assertTrue(slow.blocking(), "an open circuit is no PASS");
        assertEquals(0, slow.durationMillis(), "not run");
        assertEquals("circuit open since " + NOW + ": the rule timed out 3 times in a row, so it is not run until "
                + NOW.plusSeconds(60) + ", when it is tried again.", slow.findings().get(0).message());
        assertEquals(Verdict.PASS, rule(open, "in.fast").verdict());
        assertEquals(Set.of(1L), evaluator.openCircuits().keySet());

        clock.advance(Duration.ofSeconds(60));
        RuleEvaluation trial = rule(in(), "in.slow");
        assertEquals(Verdict.TIMEOUT, trial.verdict());
        assertTrue(!trial.findings().get(0).message().startsWith("circuit"), "half-open: tried again: " + trial);
        assertTrue(rule(in(), "in.slow").findings().get(0).message().startsWith("circuit open since " + NOW.plusSeconds(60)),
                "timed out again: open anew");
    }

    @Test
    void aRestartOfTheRuntimeRemembersRulesOfAPluginThatIsDownMeanwhile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("contributed-rules.properties");
        registry.restore(file, Set.of());
        v1();
        registry.add(2, new TestRule("in.gone", Severity.WARNING, c -> RuleResult.pass(), "IN"), 42, PLUGIN, "1.0.0", null);
        registry.remove(2); // withdrawn while the plugin runs: not awaited later

        // The runtime's bundle is refreshed while the plugin is being updated: a new registry, the plugin's rule absent.
        RuleRegistry restarted = new RuleRegistry(clock);
        restarted.restore(file, Set.of(PLUGIN, "org.policyops.launches"));
        RuleRegistry.Snapshot s = restarted.snapshot();
        assertEquals(List.of("in.consent"), s.pending().stream().map(RuleRegistry.Pending::id).toList());
        assertEquals(Severity.BLOCKER, s.pending().get(0).last().severity());
        assertEquals(Set.of(IN), s.pending().get(0).last().regions());
        assertTrue(s.pending().get(0).reason().contains("was not running"), s.pending().get(0).reason());
        ReadinessEvaluator e = new ReadinessEvaluator(restarted, r -> ServiceLookup.NONE, clock,
                new ReadinessEvaluator.Settings(300, Set.of(), 2));
        try {
            assertEquals(Readiness.NO_GO, e.evaluate(LAUNCH, IN).regions().get(0).readiness());
        } finally {
            e.close();
        }
        restarted.add(7, new TestRule("in.consent", Severity.BLOCKER, c -> RuleResult.pass(), "IN"), 42, PLUGIN, "1.1.0", null);
        assertTrue(restarted.snapshot().pending().isEmpty());

        // A plugin no longer installed is forgotten.
        RuleRegistry third = new RuleRegistry(clock);
        third.restore(file, Set.of("org.policyops.launches"));
        assertTrue(third.snapshot().pending().isEmpty());
    }

    @Test
    void anUpgradeInstalledNextToTheOldVersionIsStillAwaitedAfterARestart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        java.nio.file.Path file = dir.resolve("contributed-rules.properties");
        registry.restore(file, Set.of());
        v1();
        // 1.1.0 is installed next to 1.0.0 (an upload, or a file dropped beside the old one) and registers the rule.
        registry.add(2, new TestRule("in.consent", Severity.BLOCKER, c -> RuleResult.pass(), "IN"), 43, PLUGIN, "1.1.0", null);
        assertEquals("1.1.0", registry.rules().get(0).pluginVersion(), "the newer version's rule is used");
        // Then the old version goes.
        registry.changing(42, PLUGIN, "plugin " + PLUGIN + " 1.0.0 is changing");
        registry.remove(1, "plugin " + PLUGIN + " 1.0.0 is changing (STOPPING)");
        registry.removed(PLUGIN, true);
        assertTrue(registry.snapshot().pending().isEmpty(), "the new version provides the rule");
        registry.settled(PLUGIN);

        // The runtime restarts while the plugin is down: its rule is still awaited.
        RuleRegistry restarted = new RuleRegistry(clock);
        restarted.restore(file, Set.of(PLUGIN));
        assertEquals(List.of("in.consent"), restarted.snapshot().pending().stream().map(RuleRegistry.Pending::id).toList());
    }
}
