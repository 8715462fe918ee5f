package org.policyops.planning.internal.service;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.health.HealthIndicator;
import org.policyops.api.health.HealthStatus;
import org.policyops.planning.internal.sample.SampleDataLoader;

/**
 * Tells {@code GET /api/health} whether the planning domain can serve: its tables answer a query and any sample
 * data is loaded.
 */
@Component(service = HealthIndicator.class)
public class PlanningHealth implements HealthIndicator {

    static final String DOMAIN = "planning";

    /** The health endpoint must answer quickly, even when the database hangs. */
    private static final int QUERY_TIMEOUT_MILLIS = 2000;

    private final JpaTemplate jpa;
    private final SampleDataLoader samples;

    @Activate
    public PlanningHealth(@Reference(target = PlanningUnit.TARGET) JpaTemplate jpa, @Reference SampleDataLoader samples) {
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
        long policies;
        try {
            policies = jpa.txExpr(TransactionType.Required, em -> em
                    .createQuery("select count(p) from PolicyEntity p", Long.class)
                    .setHint("javax.persistence.query.timeout", QUERY_TIMEOUT_MILLIS)
                    .getSingleResult());
        } catch (RuntimeException e) {
            return HealthStatus.notReady("The planning tables cannot be read: " + e.getMessage());
        }
        String detail = policies + (policies == 1 ? " policy" : " policies") + " in the catalog.";
        return HealthStatus.ready(samples.failure()
                .map(f -> detail + " The sample data could not be loaded (" + f + "); see the log.")
                .orElse(detail));
    }
}
