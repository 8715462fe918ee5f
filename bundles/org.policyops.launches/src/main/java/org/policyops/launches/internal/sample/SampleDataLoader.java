package org.policyops.launches.internal.sample;

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
import org.policyops.launches.internal.LaunchesConfig;
import org.policyops.launches.internal.entity.SettingEntity;
import org.policyops.launches.internal.service.LaunchesUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the sample launches once per database when {@code sampleData} is on, on its own thread (the first use of the
 * unit creates the tables); health reports the domain as not ready until it is done. Everything goes in one
 * transaction with a marker row, so a failed load leaves nothing and is retried on the next start.
 */
@Component(service = SampleDataLoader.class, configurationPid = LaunchesConfig.PID)
public class SampleDataLoader {

    private static final Logger LOG = LoggerFactory.getLogger(SampleDataLoader.class);

    private final JpaTemplate jpa;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "policyops-launches-sample-data");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger pending = new AtomicInteger();
    private volatile String failure;

    @Activate
    public SampleDataLoader(@Reference(target = LaunchesUnit.TARGET) JpaTemplate jpa, LaunchesConfig config) {
        this(jpa, Clock.systemUTC());
        configure(config);
    }

    SampleDataLoader(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    @Modified
    void configure(LaunchesConfig config) {
        if (config.sampleData()) {
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

    public boolean isLoading() {
        return pending.get() > 0;
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    private void loadLogged() {
        try {
            Optional<SampleData.Counts> loaded = loadOnce();
            failure = null;
            loaded.ifPresent(c -> LOG.info("Loaded launches sample data: {} launches in {} regions, {} evidence records, "
                    + "{} override (set sampleData=false in etc/{}.cfg to skip on new installations).", c.launches(),
                    c.regions(), c.evidence(), c.overrides(), LaunchesConfig.PID));
        } catch (RuntimeException e) {
            if (wasLoaded()) {
                LOG.info("Launches sample data were loaded by another node at the same time; nothing to do.");
                failure = null;
            } else {
                failure = e.toString();
                LOG.error("Could not load launches sample data; nothing was stored. They will be tried again on the next start.", e);
            }
        }
    }

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
