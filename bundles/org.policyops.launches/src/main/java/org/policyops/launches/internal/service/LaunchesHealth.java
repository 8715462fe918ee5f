package org.policyops.launches.internal.service;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.health.HealthIndicator;
import org.policyops.api.health.HealthStatus;
import org.policyops.launches.internal.sample.SampleDataLoader;

/** Tells {@code GET /api/health} whether the launches domain can serve: its tables answer and any sample data is loaded. */
@Component(service = HealthIndicator.class)
public class LaunchesHealth implements HealthIndicator {

    static final String DOMAIN = "launches";

    private static final int QUERY_TIMEOUT_MILLIS = 2000;

    private final JpaTemplate jpa;
    private final SampleDataLoader samples;

    @Activate
    public LaunchesHealth(@Reference(target = LaunchesUnit.TARGET) JpaTemplate jpa, @Reference SampleDataLoader samples) {
        this.jpa = jpa;
        this.samples = samples;
    }

    @Override
    public String domain() {
        return DOMAIN;
    }

    @Override
    public HealthStatus check() {
        if (samples.isLoading()) {
            return HealthStatus.notReady("Loading the sample data; ready in a few seconds.");
        }
        long launches;
        try {
            launches = jpa.txExpr(TransactionType.Required, em -> em
                    .createQuery("select count(l) from LaunchEntity l", Long.class)
                    .setHint("javax.persistence.query.timeout", QUERY_TIMEOUT_MILLIS)
                    .getSingleResult());
        } catch (RuntimeException e) {
            return HealthStatus.notReady("The launches tables cannot be read: " + e.getMessage());
        }
        String detail = launches + (launches == 1 ? " launch." : " launches.");
        return HealthStatus.ready(samples.failure()
                .map(f -> detail + " The sample data could not be loaded (" + f + "); see the log.")
                .orElse(detail));
    }
}
