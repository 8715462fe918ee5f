package org.policyops.tooling.internal.service;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.health.HealthIndicator;
import org.policyops.api.health.HealthStatus;
import org.policyops.core.health.DomainHealth;
import org.policyops.core.health.DomainHealthIndicator;
import org.policyops.tooling.internal.sample.SampleDataLoader;

/** Tells {@code GET /api/health} whether the tooling registry can serve: its tables answer. */
@Component(service = HealthIndicator.class)
public class ToolingHealth extends DomainHealthIndicator {

    @Activate
    public ToolingHealth(@Reference(target = ToolingUnit.TARGET) JpaTemplate jpa, @Reference SampleDataLoader loader) {
        super("tooling", loader, jpa);
    }

    @Override
    protected HealthStatus tables(EntityManager em) {
        long tools = DomainHealth.count(em, "select count(t) from ToolEntity t");
        long plugins = DomainHealth.count(em, "select count(t) from ToolEntity t where t.providedBy is not null and t.providerGoneAt is null");
        return HealthStatus.ready(tools + " tools registered, " + plugins + " of them provided by installed plugins.");
    }
}
