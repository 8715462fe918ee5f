package org.policyops.training.internal.sample;

import java.time.Clock;
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
import org.policyops.training.internal.entity.TrainingSettingEntity;
import org.policyops.training.internal.service.TrainingConfig;
import org.policyops.training.internal.service.TrainingSettings;
import org.policyops.training.internal.service.TrainingUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the training samples once per database when {@code sampleData} is on, on a thread of its own (the first
 * use of the unit creates the tables); health reports "not ready" meanwhile. Samples and a marker row go in one
 * transaction: a failed load leaves nothing and is retried on the next start, a finished one is never repeated.
 */
@Component(service = SampleDataLoader.class, configurationPid = TrainingSettings.PID)
public class SampleDataLoader {

    private static final Logger LOG = LoggerFactory.getLogger(SampleDataLoader.class);

    private final JpaTemplate jpa;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "policyops-training-sample-data");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger pending = new AtomicInteger();
    private volatile String failure;

    @Activate
    public SampleDataLoader(@Reference(target = TrainingUnit.TARGET) JpaTemplate jpa, TrainingConfig config) {
        this(jpa, Clock.systemUTC());
        configure(config);
    }

    SampleDataLoader(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    @Modified
    void configure(TrainingConfig config) {
        if (!config.sampleData()) {
            return;
        }
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

    @Deactivate
    void deactivate() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    public boolean isLoading() {
        return pending.get() > 0;
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    private void loadLogged() {
        try {
            Optional<String> loaded = loadOnce();
            failure = null;
            loaded.ifPresent(what -> LOG.info("Loaded training sample data: {} (set sampleData=false in etc/{}.cfg to skip "
                    + "on new installations).", what, TrainingSettings.PID));
        } catch (RuntimeException e) {
            if (wasLoaded()) {
                LOG.info("Training sample data were loaded by another node at the same time; nothing to do.");
                failure = null;
            } else {
                failure = e.toString();
                LOG.error("Could not load training sample data; nothing was stored. They will be tried again on the next start.", e);
            }
        }
    }

    /** Loads the samples unless the marker says they were; the marker is flushed first so a second node waits on it. */
    Optional<String> loadOnce() {
        return jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(TrainingSettingEntity.class, TrainingSettingEntity.SAMPLE_DATA_LOADED) != null) {
                return Optional.<String>empty();
            }
            long now = clock.millis();
            em.persist(new TrainingSettingEntity(TrainingSettingEntity.SAMPLE_DATA_LOADED, java.time.Instant.ofEpochMilli(now).toString()));
            em.flush();
            return Optional.of(TrainingSamples.load(em, now));
        });
    }

    private boolean wasLoaded() {
        try {
            return jpa.txExpr(TransactionType.Required,
                    em -> em.find(TrainingSettingEntity.class, TrainingSettingEntity.SAMPLE_DATA_LOADED) != null);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
