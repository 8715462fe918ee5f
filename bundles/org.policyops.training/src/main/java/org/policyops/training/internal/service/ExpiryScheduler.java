package org.policyops.training.internal.service;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.policyops.training.internal.TrainingConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the certification expiry check every {@code expiryCheckMinutes}, first one minute after start (so the boot
 * is not slowed). Each event goes out once, as the certification remembers it was notified; several nodes on one
 * database may both post one only if they check the same certification at the same moment, when the optimistic
 * lock makes one of them fail and retry on its next run.
 */
@Component(configurationPid = TrainingConfig.PID)
public class ExpiryScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiryScheduler.class);

    private final CertificationService certifications;
    private ScheduledExecutorService executor;

    @Activate
    public ExpiryScheduler(@Reference CertificationService certifications, TrainingConfig config) {
        this.certifications = certifications;
        schedule(config);
    }

    @Modified
    synchronized void schedule(TrainingConfig config) {
        stop();
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "policyops-training-expiry");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, config.expiryCheckMinutes());
        executor.scheduleWithFixedDelay(this::runLogged, 1, every, TimeUnit.MINUTES);
    }

    private void runLogged() {
        try {
            int posted = certifications.checkExpiry();
            if (posted > 0) {
                LOG.info("Certification expiry check posted {} event(s).", posted);
            }
        } catch (RuntimeException e) {
            LOG.warn("Certification expiry check failed; it runs again at the next interval.", e);
        }
    }

    @Deactivate
    synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }
}
