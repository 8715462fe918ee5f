package org.policyops.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyops.testing.MovableClock;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T12:00:00Z"));
    private LoginThrottle throttle;

    @BeforeEach
    void fiveFailuresPerUserTwentyPerAddressInFiveMinutesCoolDownOneMinute() {
        throttle = new LoginThrottle(clock);
        throttle.configure(new LoginThrottle.Settings(5, 20, Duration.ofMinutes(5), Duration.ofSeconds(60), 100));
    }

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }

    @Test
    void fourFailuresAreAllowedTheFifthStartsTheCoolDown() {
        for (int i = 0; i < 4; i++) {
            assertFalse(throttle.failed("alice", "192.0.2.1"));
        }
        assertEquals(Duration.ZERO, throttle.retryAfter("alice", "192.0.2.1"));

        assertTrue(throttle.failed("alice", "192.0.2.1"), "the fifth failure starts the cool-down");
        assertEquals(Duration.ofSeconds(60), throttle.retryAfter("alice", "192.0.2.1"));
    }

    @Test
    void theCoolDownEndsAfterItsTime() {
        fail("alice", "192.0.2.1", 5);

        clock.advance(Duration.ofSeconds(59));
        assertEquals(Duration.ofSeconds(1), throttle.retryAfter("alice", "192.0.2.1"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Duration.ZERO, throttle.retryAfter("alice", "192.0.2.1"));
    }

    @Test
    void theUsersCoolDownAppliesFromEveryAddress() {
        fail("alice", "192.0.2.1", 5);

        assertEquals(Duration.ofSeconds(60), throttle.retryAfter("alice", "198.51.100.7"));
        assertEquals(Duration.ofSeconds(60), throttle.retryAfter("alice", null));
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        fail("alice", "192.0.2.1", 4);
        clock.advance(Duration.ofMinutes(5));

        throttle.failed("alice", "192.0.2.1");
        assertEquals(Duration.ZERO, throttle.retryAfter("alice", "192.0.2.1"));
    }

    @Test
    void aFailureRightAfterTheCoolDownStartsAnotherOne() {
        fail("alice", "192.0.2.1", 5);
        clock.advance(Duration.ofSeconds(60));

        throttle.failed("alice", "192.0.2.1");
        assertEquals(Duration.ofSeconds(60), throttle.retryAfter("alice", "192.0.2.1"),
                "after the first cool-down a guesser gets one try a minute, not five");
    }

    @Test
    void oneAddressTryingManyUserNamesIsThrottledAsAWhole() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "203.0.113.5");
        }

        assertEquals(Duration.ofSeconds(60), throttle.retryAfter("someone-else", "203.0.113.5"));
        assertEquals(Duration.ZERO, throttle.retryAfter("someone-else", "192.0.2.1"));
    }

    @Test
    void aSuccessForgetsThatUsersFailuresFromThatAddressOnly() {
        fail("alice", "192.0.2.1", 3);
        fail("alice", "198.51.100.7", 1);
        throttle.succeeded("alice", "192.0.2.1");

        fail("alice", "192.0.2.1", 3);
        assertEquals(Duration.ZERO, throttle.retryAfter("alice", "192.0.2.1"), "3 + 1 failures since the success");
        throttle.failed("alice", "198.51.100.7");
        assertEquals(Duration.ofSeconds(60), throttle.retryAfter("alice", "192.0.2.1"),
                "the failure from the other address was not forgotten by the success");
    }

    @Test
    void anotherAccountsSuccessDoesNotResetTheAddressCount() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("victim" + i, "203.0.113.5");
        }
        throttle.succeeded("mallory", "203.0.113.5");

        throttle.failed("victim-again", "203.0.113.5");
        assertEquals(Duration.ofSeconds(60), throttle.retryAfter("mallory", "203.0.113.5"));
    }

    @Test
    void zeroTurnsALimitOff() {
        throttle.configure(new LoginThrottle.Settings(0, 0, Duration.ofMinutes(5), Duration.ofSeconds(60), 100));
        fail("alice", "192.0.2.1", 100);

        assertEquals(Duration.ZERO, throttle.retryAfter("alice", "192.0.2.1"));
        assertEquals(0, throttle.size());
    }

    @Test
    void theNumberOfTrackedKeysIsBounded() {
        for (int i = 0; i < 1000; i++) {
            throttle.failed("user" + i, "10.0." + (i / 250) + "." + (i % 250));
        }

        assertTrue(throttle.size() <= 100, "tracked " + throttle.size());
    }

    @Test
    void expiredKeysAreEvictedBeforeLiveOnesEvenWhenTheLiveOneIsTheLeastRecentlyUsed() {
        throttle.configure(new LoginThrottle.Settings(5, 20, Duration.ofMinutes(5), Duration.ofMinutes(10), 100));
        for (int i = 0; i < 99; i++) {
            throttle.failed("old" + i, null);
        }
        clock.advance(Duration.ofMinutes(1));
        fail("alice", null, 5);
        clock.advance(Duration.ofMinutes(5));
        for (int i = 0; i < 99; i++) {
            throttle.retryAfter("old" + i, null); // used more recently than alice, but their failures have expired
        }

        throttle.failed("new", null);

        assertEquals(Duration.ofMinutes(5), throttle.retryAfter("alice", null));
        assertEquals(2, throttle.size());
    }
}
