package org.policyops.launches.internal.service;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.health.HealthIndicator;
import org.policyops.api.health.HealthStatus;
import org.policyops.core.health.DomainHealth;
import org.policyops.core.health.DomainHealthIndicator;
import org.policyops.launches.internal.sample.SampleDataLoader;

/** Tells {@code GET /api/health} whether the launches domain can serve: its tables answer and any sample data is loaded. */
@Component(service = HealthIndicator.class)
public class LaunchesHealth extends DomainHealthIndicator {

    @Activate
    public LaunchesHealth(@Reference(target = LaunchesUnit.TARGET) JpaTemplate jpa, @Reference SampleDataLoader samples) {
        super("launches", samples, jpa);
    }

    @Override
    protected HealthStatus tables(EntityManager em) {
        long n = DomainHealth.count(em, "select count(l) from LaunchEntity l");
        return HealthStatus.ready(DomainHealth.counted(n, "launch", "launches") + ".");
    }
}
