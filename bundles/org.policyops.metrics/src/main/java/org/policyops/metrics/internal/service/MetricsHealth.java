package org.policyops.metrics.internal.service;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.health.HealthIndicator;
import org.policyops.api.health.HealthStatus;
import org.policyops.core.health.DomainHealth;
import org.policyops.core.health.DomainHealthIndicator;

/** Tells {@code GET /api/health} whether metrics can serve: its tables answer. */
@Component(service = HealthIndicator.class)
public class MetricsHealth extends DomainHealthIndicator {

    private final KpiProviders providers;

    @Activate
    public MetricsHealth(@Reference(target = MetricsUnit.TARGET) JpaTemplate jpa, @Reference SnapshotService snapshots,
            @Reference KpiProviders providers) {
        super("metrics", snapshots.loader(), jpa);
        this.providers = providers;
    }

    @Override
    protected HealthStatus tables(EntityManager em) {
        long days = DomainHealth.count(em, "select count(distinct s.day) from SnapshotEntity s");
        return HealthStatus.ready(providers.kpis().size() + " KPIs from the installed domains, "
                + DomainHealth.counted(days, "snapshot day", "snapshot days") + " recorded.");
    }
}
