package org.policyops.launches.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyops.testing.Waiting;

class RuleExecutorTest {

    private final CountDownLatch release = new CountDownLatch(1);
    private RuleExecutor executor;

    @AfterEach
    void tearDown() {
        release.countDown();
        if (executor != null) {
            executor.close();
        }
    }

    /** Hangs until the test ends, ignoring interrupts: the worst a rule can do. */
    private String hangForever() {
        while (true) {
            try {
                if (release.await(10, TimeUnit.SECONDS)) {
                    return "released";
                }
            } catch (InterruptedException ignored) {
                // a badly written rule swallows the interrupt and goes on waiting
            }
        }
    }

    @Test
    void completedThrownAndTimedOutAreReportedInTaskOrder() {
        executor = new RuleExecutor(4, 16, "test");
        List<RuleExecutor.Outcome<String>> outcomes = executor.run(List.of(
                new RuleExecutor.Task<>("ok", () -> "fine"),
                new RuleExecutor.Task<>("boom", () -> {
                    throw new IllegalStateException("boom");
                }),
                new RuleExecutor.Task<>("slow", this::hangForever)), Duration.ofMillis(300));
        assertEquals(RuleExecutor.Kind.COMPLETED, outcomes.get(0).kind());
        assertEquals("fine", outcomes.get(0).value());
        assertEquals(RuleExecutor.Kind.THREW, outcomes.get(1).kind());
        assertInstanceOf(IllegalStateException.class, outcomes.get(1).error());
        assertEquals(RuleExecutor.Kind.TIMED_OUT, outcomes.get(2).kind());
        assertEquals(300, outcomes.get(2).durationMillis());
    }

    @Test
    void theTimeBoundHoldsForARuleThatIgnoresInterruptsAndTheOthersFinish() {
        executor = new RuleExecutor(2, 16, "test");
        // The hanging rule is released only after the test: that run() returns at all shows the bound held.
        List<RuleExecutor.Outcome<String>> outcomes = executor.run(List.of(
                new RuleExecutor.Task<>("hang", this::hangForever),
                new RuleExecutor.Task<>("a", () -> "a"),
                new RuleExecutor.Task<>("b", () -> "b")), Duration.ofMillis(200));
        assertEquals(RuleExecutor.Kind.TIMED_OUT, outcomes.get(0).kind());
        assertEquals(200, outcomes.get(0).durationMillis());
        assertEquals("a", outcomes.get(1).value());
        assertEquals("b", outcomes.get(2).value());
        assertEquals(1, executor.abandoned(), "the hanging rule still holds its worker");
    }

    @Test
    void hangingRulesNeverExhaustThePoolForLaterRequests() {
        executor = new RuleExecutor(2, 16, "test");
        // More hanging rules than workers, each a different rule.
        List<RuleExecutor.Task<String>> hanging = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            hanging.add(new RuleExecutor.Task<>("hang-" + i, this::hangForever));
        }
        List<RuleExecutor.Outcome<String>> first = executor.run(hanging, Duration.ofMillis(150));
        first.forEach(o -> assertEquals(RuleExecutor.Kind.TIMED_OUT, o.kind()));
        assertEquals(5, executor.abandoned());
        assertTrue(executor.poolSize() <= 7, "at most 2 workers plus one replacement per abandoned rule");

        // Later requests: the same hanging rules are not started again, and healthy rules get workers at once.
        for (int round = 0; round < 3; round++) {
            List<RuleExecutor.Task<String>> tasks = new ArrayList<>(hanging);
            // Two tasks that can only finish together: both 2 workers must be free at once (else the barrier breaks and
            // they are reported THREW, not COMPLETED).
            java.util.concurrent.CyclicBarrier both = new java.util.concurrent.CyclicBarrier(2);
            for (int i = 0; i < 6; i++) {
                int n = i;
                tasks.add(new RuleExecutor.Task<>("ok-" + i, () -> {
                    if (n < 2) {
                        both.await(1, TimeUnit.SECONDS);
                    }
                    return "ok " + n;
                }));
            }
            // No task here waits out its bound (the hanging rules are not started again), so a long one keeps a
            // loaded machine's scheduling out of the result.
            List<RuleExecutor.Outcome<String>> outcomes = executor.run(tasks, Duration.ofSeconds(30));
            for (int i = 0; i < 5; i++) {
                assertEquals(RuleExecutor.Kind.STILL_RUNNING, outcomes.get(i).kind());
                assertTrue(outcomes.get(i).runningSinceMillis() >= 150);
            }
            for (int i = 5; i < 11; i++) {
                assertEquals(RuleExecutor.Kind.COMPLETED, outcomes.get(i).kind(), "round " + round + " task " + i);
            }
        }
        assertEquals(5, executor.abandoned(), "no new thread was given to the hanging rules");
    }

    @Test
    void anAbandonedRuleThatReturnsGivesItsWorkerBackAndRunsAgain() throws Exception {
        executor = new RuleExecutor(1, 16, "test");
        CountDownLatch slowRelease = new CountDownLatch(1);
        RuleExecutor.Task<String> slow = new RuleExecutor.Task<>("slow", () -> {
            // Honours interrupts: abandoned, it returns (by throwing InterruptedException) soon after.
            slowRelease.await();
            return "late";
        });
        // The outcome is decided as TIMED_OUT before the interrupt; what the rule does afterwards does not change it.
        assertEquals(RuleExecutor.Kind.TIMED_OUT, executor.run(List.of(slow), Duration.ofMillis(100)).get(0).kind());
        Waiting.waitUntil("the interrupted rule to return and give its worker back", () -> executor.abandoned() == 0);
        slowRelease.countDown();
        assertEquals("late", executor.run(List.of(slow), Duration.ofMillis(500)).get(0).value());
    }

    @Test
    void tasksThatCannotStartBeforeTheDeadlineAreReportedNotStarted() {
        executor = new RuleExecutor(1, 0, "test"); // no replacement workers: the hanging rule keeps the only one
        List<RuleExecutor.Outcome<String>> outcomes = executor.run(List.of(
                new RuleExecutor.Task<>("hang", this::hangForever)), Duration.ofMillis(100));
        assertEquals(RuleExecutor.Kind.TIMED_OUT, outcomes.get(0).kind());
        // The only worker hangs until the test ends: run() returning NOT_STARTED shows it gave up instead of waiting.
        outcomes = executor.run(List.of(new RuleExecutor.Task<>("other", () -> "x")), Duration.ofMillis(100));
        assertEquals(RuleExecutor.Kind.NOT_STARTED, outcomes.get(0).kind());
    }
}
