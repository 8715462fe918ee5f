package org.policyops.localization.internal.sample;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.policyops.localization.internal.entity.SettingEntity;
import org.policyops.localization.internal.service.LocalizationUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the shipped reference data (regions, locales, requirements) once per database, and the sample data once
 * when {@code sampleData} is on. Each load is one transaction together with its marker row, on a thread of its
 * own; the health check reports the domain not ready until it is done. Administrators' later changes to the
 * reference data are never overwritten: the marker says it was loaded.
 */
@Component(service = DataLoader.class, configurationPid = DataLoader.PID)
@Designate(ocd = LocalizationConfig.class)
public class DataLoader {

    /** etc/org.policyops.localization.cfg */
    public static final String PID = "org.policyops.localization";

    private static final Logger LOG = LoggerFactory.getLogger(DataLoader.class);

    private final JpaTemplate jpa;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "policyops-localization-data");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger pending = new AtomicInteger();
    private volatile String failure;

    @Activate
    public DataLoader(@Reference(target = LocalizationUnit.TARGET) JpaTemplate jpa, LocalizationConfig config) {
        this(jpa, Clock.systemUTC());
        configure(config);
    }

    DataLoader(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    @Modified
    void configure(LocalizationConfig config) {
        boolean samples = config.sampleData();
        pending.incrementAndGet();
        executor.execute(() -> {
            try {
                failure = null;
                load(SettingEntity.REFERENCE_DATA_LOADED, "reference data", ReferenceData::load);
                if (samples) {
                    load(SettingEntity.SAMPLE_DATA_LOADED, "sample data", em -> SampleData.load(em, now()));
                }
            } finally {
                pending.decrementAndGet();
            }
        });
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("The localization data loader did not stop within 10 s");
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

    /** What one load writes; returns a sentence for the log. */
    interface Loader {
        String load(EntityManager em);
    }

    private void load(String marker, String what, Loader loader) {
        try {
            Optional<String> loaded = loadOnce(marker, loader);
            loaded.ifPresent(summary -> LOG.info("Loaded localization {}: {}", what, summary));
        } catch (RuntimeException e) {
            if (wasLoaded(marker)) {
                LOG.info("Localization {} was loaded by another node at the same time; nothing to do.", what);
            } else {
                failure = what + ": " + e;
                LOG.error("Could not load localization {}; nothing was stored. It is tried again on the next start.", what, e);
            }
        }
    }

    /** Writes the marker first and flushes it, so a second node loading at the same moment fails instead of doubling. */
    Optional<String> loadOnce(String marker, Loader loader) {
        return jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(SettingEntity.class, marker) != null) {
                return Optional.<String>empty();
            }
            em.persist(new SettingEntity(marker, now().toString()));
            em.flush();
            return Optional.of(loader.load(em));
        });
    }

    private boolean wasLoaded(String marker) {
        try {
            return jpa.txExpr(TransactionType.Required, em -> em.find(SettingEntity.class, marker) != null);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
