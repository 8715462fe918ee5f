package org.policyops.training.internal.service;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.health.HealthIndicator;
import org.policyops.api.health.HealthStatus;
import org.policyops.training.internal.sample.SampleDataLoader;

/** Tells {@code GET /api/health} whether the training domain can serve: its tables answer and samples are loaded. */
@Component(service = HealthIndicator.class)
public class TrainingHealth implements HealthIndicator {

    private static final int QUERY_TIMEOUT_MILLIS = 2000;

    private final JpaTemplate jpa;
    private final SampleDataLoader samples;

    @Activate
    public TrainingHealth(@Reference(target = TrainingUnit.TARGET) JpaTemplate jpa, @Reference SampleDataLoader samples) {
        this.jpa = jpa;
        this.samples = samples;
    }

    @Override
    public String domain() {
        return "training";
    }

    @Override
    public HealthStatus check() {
        if (samples.isLoading()) {
            return HealthStatus.notReady("Loading the sample data; ready in a few seconds.");
        }
        long courses;
        try {
            courses = jpa.txExpr(TransactionType.Required, em -> em.createQuery("select count(c) from CourseEntity c", Long.class)
                    .setHint("javax.persistence.query.timeout", QUERY_TIMEOUT_MILLIS).getSingleResult());
        } catch (RuntimeException e) {
            return HealthStatus.notReady("The training tables cannot be read: " + e.getMessage());
        }
        String detail = courses + (courses == 1 ? " course." : " courses.");
        return HealthStatus.ready(samples.failure().map(f -> detail + " The sample data could not be loaded (" + f
                + "); see the log.").orElse(detail));
    }
}
