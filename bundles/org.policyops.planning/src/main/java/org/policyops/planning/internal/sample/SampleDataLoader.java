package org.policyops.planning.internal.sample;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.policyops.planning.internal.entity.SettingEntity;
import org.policyops.planning.internal.service.PlanningUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the sample data once per database when {@code sampleData} is on. Loading runs on its own thread, since the
 * first use of the persistence unit also creates the tables; the health check reports the domain as not ready
 * until it is done. All samples go in one transaction together with a marker row, so a failed or interrupted
 * load leaves nothing and is retried on the next start, and a finished one is never repeated.
 */
@Component(service = SampleDataLoader.class, configurationPid = SampleDataLoader.PID)
@Designate(ocd = PlanningConfig.class)
public class SampleDataLoader {

    /** The configuration of the planning domain, etc/org.policyops.planning.cfg. */
    public static final String PID = "org.policyops.planning";

    private static final Logger LOG = LoggerFactory.getLogger(SampleDataLoader.class);

    private final JpaTemplate jpa;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "policyops-planning-sample-data");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger pending = new AtomicInteger();
    private volatile String failure;

    @Activate
    public SampleDataLoader(@Reference(target = PlanningUnit.TARGET) JpaTemplate jpa, PlanningConfig config) {
        this(jpa, Clock.systemUTC());
        configure(config);
    }

    SampleDataLoader(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    @Modified
    void configure(PlanningConfig config) {
        if (config.sampleData()) {
            // Counted before the task is queued, so a health check right after activation already sees it.
            pending.incrementAndGet();
            executor.execute(() -> {
                try {
                    loadLogged();
                } finally {
                    pending.decrementAndGet();
                }
            });
        }
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Sample data loading did not stop within 10 s; its transaction will roll back when it fails.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True while a load is queued or running. */
    public boolean isLoading() {
        return pending.get() > 0;
    }

    /** Why the last load failed, if it did. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    private void loadLogged() {
        try {
            Optional<SampleData.Counts> loaded = loadOnce();
            failure = null;
            if (loaded.isPresent()) {
                SampleData.Counts c = loaded.get();
                LOG.info("Loaded planning sample data: {} policies, {} policy versions, {} stage transitions, {} initiatives, "
                        + "{} milestones, {} teams, {} holiday and {} leave records (set sampleData=false in etc/{}.cfg to skip "
                        + "on new installations).", c.policies(), c.versions(), c.transitions(), c.initiatives(),
                        c.milestones(), c.teams(), c.holidays(), c.leave(), PID);
            } else {
                LOG.debug("Planning sample data were loaded before; not loading them again.");
            }
        } catch (RuntimeException e) {
            if (wasLoaded()) {
                // Another node of a cluster loaded them at the same moment; its marker row won.
                LOG.info("Planning sample data were loaded by another node at the same time; nothing to do.");
                failure = null;
            } else {
                failure = e.toString();
                LOG.error("Could not load planning sample data; nothing was stored. They will be tried again on the next start.", e);
            }
        }
    }

    /**
     * Loads the samples unless the marker says they were loaded before. The marker is written and flushed first, so
     * that a second node loading at the same moment waits on that row and then fails, rather than loading twice.
     *
     * @return what was loaded, or empty when nothing was
     */
    Optional<SampleData.Counts> loadOnce() {
        return jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(SettingEntity.class, SettingEntity.SAMPLE_DATA_LOADED) != null) {
                return Optional.<SampleData.Counts>empty();
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            em.persist(new SettingEntity(SettingEntity.SAMPLE_DATA_LOADED, now.toString(), now));
            em.flush();
            return Optional.of(SampleData.load(em, now));
        });
    }

    boolean wasLoaded() {
        try {
            return jpa.txExpr(TransactionType.Required,
                    em -> em.find(SettingEntity.class, SettingEntity.SAMPLE_DATA_LOADED) != null);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
