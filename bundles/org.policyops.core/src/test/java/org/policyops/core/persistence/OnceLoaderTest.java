package org.policyops.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyops.testing.LocalJpa;

class OnceLoaderTest {

    static final Instant NOW = Instant.parse("2026-12-01T09:30:00Z");
    static final OnceLoader.Markers MARKERS = OnceLoader.Markers.of(TestMarker.class,
            (name, at) -> new TestMarker(name, at.toString()));

    LocalJpa jpa;
    OnceLoader loader;
    final AtomicInteger runs = new AtomicInteger();

    /** Writes three records and says so. */
    final OnceLoader.Step samples = new OnceLoader.Step("samples-loaded", "sample data", (em, now) -> {
        runs.incrementAndGet();
        for (String name : List.of("a", "b", "c")) {
            em.persist(new TestRecord(name));
        }
        return "3 records";
    });

    @BeforeEach
    void setUp() {
        jpa = LocalJpa.create("core-test");
        loader = new OnceLoader("testing", jpa, MARKERS, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        loader.close();
        jpa.close();
    }

    @Test
    void loadsOnceAndNotAgainEvenAfterTheDataWereDeleted() {
        assertEquals(Optional.of("3 records"), loader.loadOnce(samples));
        assertEquals(3, jpa.count("TestRecord"));
        assertEquals(NOW.toString(), jpa.read(em -> em.find(TestMarker.class, "samples-loaded").getValue()));

        assertEquals(Optional.empty(), loader.loadOnce(samples));
        jpa.tx(em -> em.createQuery("delete from TestRecord r").executeUpdate());
        assertEquals(Optional.empty(), loader.loadOnce(samples));
        assertEquals(0, jpa.count("TestRecord"));
        assertEquals(1, runs.get());
        assertTrue(loader.wasLoaded("samples-loaded"));
    }

    @Test
    void aFailurePartWayLeavesNothingIsReportedAndTheNextStartLoads() throws Exception {
        OnceLoader.Step failing = new OnceLoader.Step("samples-loaded", "sample data", (em, now) -> {
            em.persist(new TestRecord("written before the failure"));
            em.flush();
            throw new IllegalStateException("database went away");
        });
        assertThrows(IllegalStateException.class, () -> loader.loadOnce(failing));
        assertEquals(0, jpa.count("TestRecord"));
        assertEquals(0, jpa.count("TestMarker"));
        assertFalse(loader.wasLoaded("samples-loaded"));

        loader.start(List.of(failing)).get(20, TimeUnit.SECONDS);
        assertFalse(loader.isLoading());
        String failure = loader.failure().orElseThrow();
        assertTrue(failure.startsWith("the sample data could not be loaded (java.lang.IllegalStateException: "
                + "database went away)"), failure);

        loader.start(List.of(samples)).get(20, TimeUnit.SECONDS);
        assertEquals(Optional.empty(), loader.failure());
        assertEquals(3, jpa.count("TestRecord"));
    }

    @Test
    void loadsInTheBackgroundStepByStepAndSaysWhatItIsLoading() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        OnceLoader.Step reference = new OnceLoader.Step("reference-loaded", "reference data", (em, now) -> {
            started.countDown();
            await(release);
            em.persist(new TestRecord("region EU"));
            return "1 region";
        });
        CompletableFuture<Void> done = loader.start(List.of(reference, samples));
        try {
            assertTrue(loader.isLoading(), "counted as loading before the thread picks it up");
            await(started);
            assertEquals("Loading the testing reference data; ready in a few seconds.", loader.loadingMessage());
        } finally {
            release.countDown();
        }
        done.get(20, TimeUnit.SECONDS);
        assertFalse(loader.isLoading());
        assertEquals(4, jpa.count("TestRecord"));
        assertEquals(2, jpa.count("TestMarker"));
    }

    @Test
    void twoNodesLoadingAtTheSameMomentLoadOnceAndNeitherReportsAFailure() throws Exception {
        String database = "onceloader" + System.identityHashCode(this);
        try (LocalJpa first = LocalJpa.named("core-test", database, Map.of());
                LocalJpa second = LocalJpa.named("core-test", database, Map.of());
                OnceLoader a = new OnceLoader("testing", first, MARKERS, Clock.fixed(NOW, ZoneOffset.UTC));
                OnceLoader b = new OnceLoader("testing", second, MARKERS, Clock.fixed(NOW, ZoneOffset.UTC))) {
            CountDownLatch markerWritten = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            OnceLoader.Step held = new OnceLoader.Step("samples-loaded", "sample data", (em, now) -> {
                markerWritten.countDown();
                await(release);
                em.persist(new TestRecord("from the first node"));
                return "1 record";
            });
            CompletableFuture<Void> firstDone = a.start(List.of(held));
            await(markerWritten);
            // The second node's marker insert waits on the first node's uncommitted row, then fails on its key
            // once that commits (or, if it starts later, finds the marker): either way it loads nothing.
            CompletableFuture<Void> secondDone = b.start(List.of(samples));
            release.countDown();
            firstDone.get(20, TimeUnit.SECONDS);
            secondDone.get(20, TimeUnit.SECONDS);

            assertEquals(Optional.empty(), a.failure());
            assertEquals(Optional.empty(), b.failure());
            assertEquals(1, first.count("TestRecord"));
            assertEquals(0, runs.get());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released within 20 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
