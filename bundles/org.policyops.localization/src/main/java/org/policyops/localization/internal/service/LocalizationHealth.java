package org.policyops.localization.internal.service;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.health.HealthIndicator;
import org.policyops.api.health.HealthStatus;
import org.policyops.core.health.DomainHealth;
import org.policyops.core.health.DomainHealthIndicator;
import org.policyops.localization.internal.entity.SettingEntity;
import org.policyops.localization.internal.sample.SampleDataLoader;

/** Tells {@code GET /api/health} whether localization can serve: its tables answer and the reference data is loaded. */
@Component(service = HealthIndicator.class)
public class LocalizationHealth extends DomainHealthIndicator {

    @Activate
    public LocalizationHealth(@Reference(target = LocalizationUnit.TARGET) JpaTemplate jpa, @Reference SampleDataLoader loader) {
        super("localization", loader, jpa);
    }

    @Override
    protected HealthStatus tables(EntityManager em) {
        // Regions and locales come with the reference data; without them nothing here can be used.
        if (em.find(SettingEntity.class, SettingEntity.REFERENCE_DATA_LOADED) == null) {
            return HealthStatus.notReady("The reference data (regions, locales, requirements) is not loaded.");
        }
        long regions = DomainHealth.count(em, "select count(e) from RegionEntity e");
        long contents = DomainHealth.count(em, "select count(e) from ContentEntity e");
        return HealthStatus.ready(regions + " regions, " + contents + " contents registered for translation.");
    }
}
