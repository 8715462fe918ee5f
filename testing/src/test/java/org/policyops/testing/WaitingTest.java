package org.policyops.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class WaitingTest {

    @Test
    void retriesAFailingAssertionUntilItHoldsAndReturnsItsValue() {
        AtomicInteger tries = new AtomicInteger();
        String value = Waiting.waitForAssert(Duration.ofMinutes(1), () -> {
            if (tries.incrementAndGet() < 3) {
                throw new AssertionError("try " + tries.get());
            }
            return "held";
        });
        assertEquals("held", value);
        assertEquals(3, tries.get());
    }

    @Test
    void anExceptionCountsAsNotYet() {
        AtomicInteger tries = new AtomicInteger();
        Waiting.waitForAssert(Duration.ofMinutes(1), () -> {
            if (tries.incrementAndGet() == 1) {
                throw new IOException("connection refused");
            }
        });
        assertEquals(2, tries.get());
    }

    @Test
    void afterTheTimeoutTheLastFailureIsThrownWithWhatWasAwaited() {
        AssertionError last = new AssertionError("expected 200 but was 404");
        AssertionError e = assertThrows(AssertionError.class, () -> Waiting.waitForAssert(Duration.ZERO, () -> {
            throw last;
        }));
        assertSame(last, e.getCause());
        assertTrue(e.getMessage().startsWith("Still failing after 0 s (1 tries): "), e.getMessage());
        assertTrue(e.getMessage().contains("expected 200 but was 404"), e.getMessage());
    }

    @Test
    void waitUntilReturnsOnceTheConditionHolds() {
        AtomicInteger calls = new AtomicInteger();
        Waiting.waitUntil("the third call", Duration.ofMinutes(1), () -> calls.incrementAndGet() >= 3);
        assertEquals(3, calls.get());
    }

    @Test
    void waitUntilNamesWhatItAwaitedInVain() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> Waiting.waitUntil("the bundle to start", Duration.ZERO, () -> false));
        assertEquals("Waited 0 s for the bundle to start in vain", e.getMessage());

        IllegalStateException thrown = new IllegalStateException("port closed");
        e = assertThrows(AssertionError.class, () -> Waiting.waitUntil("health", Duration.ZERO, () -> {
            throw thrown;
        }));
        assertSame(thrown, e.getCause());
        assertTrue(e.getMessage().contains("last try threw java.lang.IllegalStateException: port closed"), e.getMessage());
    }

    @Test
    void takeUntilSkipsOtherElementsAndReturnsOnTheExpectedOne() throws Exception {
        LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();
        queue.put("1.0.0");
        queue.put("1.1.0");
        queue.put("1.2.0");
        Waiting.takeUntil("version 1.1.0", queue, "1.1.0", Duration.ofMinutes(1));
        assertEquals("1.2.0", queue.take());
    }

    @Test
    void takeUntilNamesWhatItAwaitedWhenTheQueueStaysEmpty() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> Waiting.takeUntil("version 2.0.0 to register", new LinkedBlockingQueue<String>(), "2.0.0", Duration.ZERO));
        assertEquals("Waited 0 s for version 2.0.0 to register in vain", e.getMessage());
    }
}
