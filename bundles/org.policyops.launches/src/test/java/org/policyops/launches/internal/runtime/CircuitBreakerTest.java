package org.policyops.launches.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.policyops.testing.MovableClock;

/** Opening after N consecutive timeouts, the cool-down, the half-open trial, and the reset by an answer. */
class CircuitBreakerTest {

    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private final MovableClock clock = new MovableClock(T0);
    private final CircuitBreaker breaker = new CircuitBreaker(clock, 3, Duration.ofSeconds(60));

    private void timeOut(Object key) {
        assertTrue(breaker.before(key).run());
        breaker.after(key, true);
    }

    @Test
    void opensAfterThreeConsecutiveTimeoutsAndStaysOpenForTheCooldown() {
        timeOut("r");
        timeOut("r");
        assertTrue(breaker.before("r").run(), "two timeouts: still closed");
        breaker.after("r", true);
        CircuitBreaker.Decision d = breaker.before("r");
        assertFalse(d.run());
        assertEquals(T0, d.since());
        assertEquals(T0.plusSeconds(60), d.retryAt());
        clock.advance(Duration.ofSeconds(59));
        assertFalse(breaker.before("r").run(), "still cooling down");
        assertTrue(breaker.open().containsKey("r"));
    }

    @Test
    void anAnswerBetweenTimeoutsResetsTheCount() {
        timeOut("r");
        timeOut("r");
        assertTrue(breaker.before("r").run());
        breaker.after("r", false);
        timeOut("r");
        timeOut("r");
        assertTrue(breaker.before("r").run(), "only two in a row since the answer");
    }

    @Test
    void halfOpenLetsOneTrialThroughThatClosesOrReopens() {
        for (int i = 0; i < 3; i++) {
            timeOut("r");
        }
        clock.advance(Duration.ofSeconds(60));
        CircuitBreaker.Decision trial = breaker.before("r");
        assertTrue(trial.run(), "the cool-down is over: one trial");
        assertFalse(breaker.before("r").run(), "a second caller meets the trial under way: still open");
        breaker.after("r", true);
        CircuitBreaker.Decision reopened = breaker.before("r");
        assertFalse(reopened.run());
        assertEquals(T0.plusSeconds(60), reopened.since(), "open again from the failed trial");

        clock.advance(Duration.ofSeconds(60));
        assertTrue(breaker.before("r").run());
        breaker.after("r", false);
        assertTrue(breaker.before("r").run(), "the trial answered: closed");
        assertTrue(breaker.open().isEmpty());
    }

    @Test
    void aTrialThatLearntNothingKeepsItOpenForAnotherCooldown() {
        for (int i = 0; i < 3; i++) {
            timeOut("r");
        }
        clock.advance(Duration.ofSeconds(61));
        assertTrue(breaker.before("r").run());
        breaker.after("r", null);
        assertFalse(breaker.before("r").run());
        clock.advance(Duration.ofSeconds(60));
        assertTrue(breaker.before("r").run());
    }

    @Test
    void zeroTurnsItOffAndRulesAreIndependent() {
        breaker.configure(0, Duration.ofSeconds(60));
        for (int i = 0; i < 10; i++) {
            timeOut("r");
        }
        assertTrue(breaker.before("r").run());
        breaker.configure(3, Duration.ofSeconds(60));
        for (int i = 0; i < 3; i++) {
            timeOut("slow");
        }
        assertFalse(breaker.before("slow").run());
        assertTrue(breaker.before("fast").run());
    }
}
