package org.policyops.core.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyops.api.health.HealthStatus;
import org.policyops.core.persistence.OnceLoader;
import org.policyops.core.persistence.TestMarker;
import org.policyops.testing.LocalJpa;

class DomainHealthTest {

    LocalJpa jpa;
    OnceLoader loader;

    @BeforeEach
    void setUp() {
        jpa = LocalJpa.create("core-test");
        loader = new OnceLoader("testing", jpa, OnceLoader.Markers.of(TestMarker.class,
                (name, at) -> new TestMarker(name, at.toString())), Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        loader.close();
        jpa.close();
    }

    @Test
    void readyWithWhatTheTablesHold() {
        HealthStatus s = DomainHealth.check("testing", loader, () -> HealthStatus.ready(
                DomainHealth.counted(jpa.txExpr(em -> DomainHealth.count(em, "select count(r) from TestRecord r")),
                        "record", "records") + "."));
        assertTrue(s.ready());
        assertEquals("0 records.", s.detail());
        assertEquals("1 record", DomainHealth.counted(1, "record", "records"));
    }

    @Test
    void notReadyWhileLoadingAndWhenTheTablesCannotBeRead() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> done = loader.start(List.of(new OnceLoader.Step("m", "sample data", (em, now) -> {
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "nothing";
        })));
        try {
            HealthStatus loading = DomainHealth.check("testing", loader, () -> HealthStatus.ready("fine"));
            assertFalse(loading.ready());
            assertTrue(loading.detail().startsWith("Loading the testing "), loading.detail());
        } finally {
            release.countDown();
        }
        done.get(20, TimeUnit.SECONDS);

        HealthStatus broken = DomainHealth.check("testing", loader, () -> {
            throw new IllegalStateException("Connection refused");
        });
        assertFalse(broken.ready());
        assertEquals("The testing tables cannot be read: Connection refused", broken.detail());
    }

    @Test
    void aFailedLoadIsMentionedWithoutChangingReadiness() throws Exception {
        loader.start(List.of(new OnceLoader.Step("m", "sample data", (em, now) -> {
            throw new IllegalStateException("bad sample");
        }))).get(20, TimeUnit.SECONDS);

        HealthStatus s = DomainHealth.check("testing", loader, () -> HealthStatus.ready("0 records."));
        assertTrue(s.ready());
        assertTrue(s.detail().startsWith("0 records. Also, the sample data could not be loaded "
                + "(java.lang.IllegalStateException: bad sample); see the log."), s.detail());
        HealthStatus notLoaded = DomainHealth.check("testing", loader, () -> HealthStatus.notReady("No reference data."));
        assertFalse(notLoaded.ready());
    }
}
