package org.policyops.core.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a domain's shipped data (reference data, sample data) once per database, on a thread of its own: the first
 * use of a persistence unit also creates its tables, which must not hold up the component that asked. Each step
 * writes its data in one transaction together with a marker row, so a failed or interrupted load leaves nothing and
 * is tried again on the next start, a finished one is never repeated, and data an administrator deleted later does
 * not come back. The marker is written and flushed first, so that a second node of a cluster loading at the same
 * moment waits on that row and then fails instead of loading twice; that failure is recognised and is no error.
 * <p>
 * A domain's {@code SampleDataLoader} component extends it and starts its steps from its configuration; the domain's
 * health check reads {@link #isLoading()} and {@link #failure()} (see {@link org.policyops.core.health.DomainHealth}).
 */
public class OnceLoader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OnceLoader.class);

    /** Reads and writes the marker rows; each domain keeps them in its own settings table. */
    public interface Markers {

        boolean isSet(EntityManager em, String marker);

        void set(EntityManager em, String marker, Instant at);

        /**
         * Markers kept as rows of an entity whose id is the marker's name.
         *
         * @param create makes the row for a marker name and the time it is written
         */
        static <E> Markers of(Class<E> type, BiFunction<String, Instant, E> create) {
            return new Markers() {
                @Override
                public boolean isSet(EntityManager em, String marker) {
                    return em.find(type, marker) != null;
                }

                @Override
                public void set(EntityManager em, String marker, Instant at) {
                    em.persist(create.apply(marker, at));
                }
            };
        }
    }

    /** Writes one step's data with the entity manager of the loading transaction. */
    @FunctionalInterface
    public interface Load {

        /** @return a sentence saying what was written, for the log */
        String load(EntityManager em, Instant now);
    }

    /**
     * One thing to load once.
     *
     * @param marker the name of its marker row
     * @param what what it is, in words ("sample data"), for the log and the health check
     */
    public record Step(String marker, String what, Load load) {
    }

    private final String domain;
    private final JpaTemplate jpa;
    private final Markers markers;
    private final Clock clock;
    private final ExecutorService executor;
    private final AtomicInteger pending = new AtomicInteger();
    private volatile String loading;
    private volatile String failure;

    /**
     * @param domain the domain's name as the log and health show it ("planning")
     */
    public OnceLoader(String domain, JpaTemplate jpa, Markers markers, Clock clock) {
        this.domain = domain;
        this.jpa = jpa;
        this.markers = markers;
        this.clock = clock;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "policyops-" + domain + "-data");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Queues the steps, in order, on the loader's thread; the health check sees them as loading at once.
     *
     * @return completes when the steps were tried (whether they loaded, were loaded before, or failed)
     */
    public final CompletableFuture<Void> start(List<Step> steps) {
        if (steps.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        // Counted (and named) before the task is queued, so a health check right after activation already sees it.
        pending.incrementAndGet();
        if (loading == null) {
            loading = steps.get(0).what();
        }
        try {
            return CompletableFuture.runAsync(() -> {
                try {
                    failure = null;
                    for (Step step : steps) {
                        loading = step.what();
                        loadLogged(step);
                    }
                } finally {
                    loading = null;
                    pending.decrementAndGet();
                }
            }, executor);
        } catch (RejectedExecutionException e) {
            pending.decrementAndGet();
            throw e;
        }
    }

    /** True while a load is queued or running. */
    public final boolean isLoading() {
        return pending.get() > 0;
    }

    /** What is being loaded, for a health check: "Loading the sample data; ready in a few seconds." */
    public final String loadingMessage() {
        String what = loading;
        return "Loading the " + domain + " " + (what == null ? "data" : what) + "; ready in a few seconds.";
    }

    /** Why the last load failed, if it did: "the sample data could not be loaded (cause); see the log". */
    public final Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * Loads one step now, in the caller's thread, unless its marker says it was loaded before.
     *
     * @return what was loaded, or empty when nothing was
     */
    public final Optional<String> loadOnce(Step step) {
        return jpa.txExpr(TransactionType.Required, em -> {
            if (markers.isSet(em, step.marker())) {
                return Optional.<String>empty();
            }
            Instant now = PersistenceSupport.now(clock);
            markers.set(em, step.marker(), now);
            em.flush();
            return Optional.of(step.load().load(em, now));
        });
    }

    /** Whether the step's marker is in the database; false when it cannot be read. */
    public final boolean wasLoaded(String marker) {
        try {
            return jpa.txExpr(TransactionType.Required, em -> markers.isSet(em, marker));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void loadLogged(Step step) {
        try {
            loadOnce(step).ifPresentOrElse(
                    summary -> LOG.info("Loaded {} {}: {}", domain, step.what(), summary),
                    () -> LOG.debug("The {} {} were loaded before; not loading them again.", domain, step.what()));
        } catch (RuntimeException e) {
            if (wasLoaded(step.marker())) {
                // Another node of a cluster loaded them at the same moment; its marker row won.
                LOG.info("The {} {} were loaded by another node at the same time; nothing to do.", domain, step.what());
            } else {
                failure = "the " + step.what() + " could not be loaded (" + e + "); see the log";
                LOG.error("Could not load the {} {}; nothing was stored. They will be tried again on the next start.",
                        domain, step.what(), e);
            }
        }
    }

    /** Stops loading; a load that is interrupted rolls back. */
    @Override
    public final void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Loading the {} data did not stop within 10 s; its transaction rolls back when it fails.", domain);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
