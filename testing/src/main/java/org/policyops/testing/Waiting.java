package org.policyops.testing;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Bounded waiting for tests, after openHAB core's {@code JavaTest.waitForAssert}: an assertion or a condition is
 * tried again every {@link #POLL} until it holds or the timeout passes; then the last failure is thrown, with what
 * was awaited and for how long. Tests use this (or a latch) instead of sleeping and hoping, and instead of their own
 * deadline loops. It depends on the JDK only, so the Pax Exam tests can use it inside the container.
 */
public final class Waiting {

    /** The timeout of the overloads that take none: long enough for a loaded CI machine. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** How long to pause between two tries. */
    public static final Duration POLL = Duration.ofMillis(50);

    /** An assertion that may throw anything. */
    @FunctionalInterface
    public interface Assertion {
        void run() throws Exception;
    }

    private Waiting() {
    }

    /** Retries {@code assertion} for up to {@link #TIMEOUT}; see {@link #waitForAssert(Duration, Duration, Callable)}. */
    public static void waitForAssert(Assertion assertion) {
        waitForAssert(TIMEOUT, assertion);
    }

    /** Retries {@code assertion} for up to {@code timeout}; see {@link #waitForAssert(Duration, Duration, Callable)}. */
    public static void waitForAssert(Duration timeout, Assertion assertion) {
        waitForAssert(timeout, POLL, () -> {
            assertion.run();
            return null;
        });
    }

    /** Retries {@code assertion} for up to {@link #TIMEOUT} and returns what it returned when it first held. */
    public static <T> T waitForAssert(Callable<T> assertion) {
        return waitForAssert(TIMEOUT, POLL, assertion);
    }

    /** Retries {@code assertion} for up to {@code timeout} and returns what it returned when it first held. */
    public static <T> T waitForAssert(Duration timeout, Callable<T> assertion) {
        return waitForAssert(timeout, POLL, assertion);
    }

    /**
     * Calls {@code assertion} until it returns without throwing, pausing {@code poll} between tries, and returns its
     * result. An {@link AssertionError} or any exception (the HTTP port not open yet, a service not registered yet)
     * counts as "not yet". When {@code timeout} has passed, an {@link AssertionError} says how long it waited and
     * carries the last failure as its cause (its message included). At least one try is made, whatever the timeout.
     */
    public static <T> T waitForAssert(Duration timeout, Duration poll, Callable<T> assertion) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int tries = 0;
        while (true) {
            tries++;
            Throwable failure;
            try {
                return assertion.call();
            } catch (AssertionError | Exception e) {
                failure = e;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new AssertionError("Still failing after " + describe(timeout) + " (" + tries + " tries): "
                        + failure, failure);
            }
            pause(poll);
        }
    }

    /** Waits up to {@link #TIMEOUT} until {@code condition} is true; see {@link #waitUntil(String, Duration, Callable)}. */
    public static void waitUntil(String what, Callable<Boolean> condition) {
        waitUntil(what, TIMEOUT, condition);
    }

    /**
     * Waits until {@code condition} answers true, polling every {@link #POLL}; an exception from it counts as "not
     * yet". After {@code timeout} an {@link AssertionError} names {@code what} was awaited (and the last exception,
     * if the condition threw).
     */
    public static void waitUntil(String what, Duration timeout, Callable<Boolean> condition) {
        try {
            waitForAssert(timeout, POLL, () -> {
                if (!Boolean.TRUE.equals(condition.call())) {
                    throw new AssertionError("not yet");
                }
                return null;
            });
        } catch (AssertionError e) {
            Throwable last = e.getCause();
            boolean threw = !(last instanceof AssertionError && "not yet".equals(last.getMessage()));
            throw new AssertionError("Waited " + describe(timeout) + " for " + what + " in vain"
                    + (threw ? "; last try threw " + last : ""), threw ? last : null);
        }
    }

    /**
     * Takes elements from {@code queue} (filled by a listener: service events, deliveries) until one equals
     * {@code expected}, skipping the others; after {@code timeout} in all an {@link AssertionError} names
     * {@code what} was awaited. The queue is the latch: nothing is polled on a timer.
     */
    public static <T> void takeUntil(String what, BlockingQueue<T> queue, T expected, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T next;
            try {
                next = queue.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
            if (next == null) {
                throw new AssertionError("Waited " + describe(timeout) + " for " + what + " in vain");
            }
            if (next.equals(expected)) {
                return;
            }
        }
    }

    private static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static void pause(Duration poll) {
        try {
            Thread.sleep(poll.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
