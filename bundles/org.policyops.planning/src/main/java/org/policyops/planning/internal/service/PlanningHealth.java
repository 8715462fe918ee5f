package org.policyops.planning.internal.service;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.health.HealthIndicator;
import org.policyops.api.health.HealthStatus;
import org.policyops.core.health.DomainHealth;
import org.policyops.core.health.DomainHealthIndicator;
import org.policyops.planning.internal.sample.SampleDataLoader;

/** Tells {@code GET /api/health} whether the planning domain can serve: its tables answer and any sample data is loaded. */
@Component(service = HealthIndicator.class)
public class PlanningHealth extends DomainHealthIndicator {

    @Activate
    public PlanningHealth(@Reference(target = PlanningUnit.TARGET) JpaTemplate jpa, @Reference SampleDataLoader samples) {
        super("planning", samples, jpa);
    }

    @Override
    protected HealthStatus tables(EntityManager em) {
        long n = DomainHealth.count(em, "select count(p) from PolicyEntity p");
        return HealthStatus.ready(DomainHealth.counted(n, "policy", "policies") + " in the catalog.");
    }
}
