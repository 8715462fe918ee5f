package org.policyops.localization.internal.service;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.health.HealthIndicator;
import org.policyops.api.health.HealthStatus;
import org.policyops.localization.internal.entity.SettingEntity;
import org.policyops.localization.internal.sample.DataLoader;

/** Tells {@code GET /api/health} whether localization can serve: its tables answer and the reference data is loaded. */
@Component(service = HealthIndicator.class)
public class LocalizationHealth implements HealthIndicator {

    private static final int QUERY_TIMEOUT_MILLIS = 2000;

    private final JpaTemplate jpa;
    private final DataLoader loader;

    @Activate
    public LocalizationHealth(@Reference(target = LocalizationUnit.TARGET) JpaTemplate jpa, @Reference DataLoader loader) {
        this.jpa = jpa;
        this.loader = loader;
    }

    private static long count(EntityManager em, String entity) {
        return em.createQuery("select count(e) from " + entity + " e", Long.class)
                .setHint("javax.persistence.query.timeout", QUERY_TIMEOUT_MILLIS).getSingleResult();
    }

    @Override
    public String domain() {
        return "localization";
    }

    @Override
    public HealthStatus check() {
        if (loader.isLoading()) {
            return HealthStatus.notReady("Loading the regions, locales and requirements; ready in a few seconds.");
        }
        long[] counts;
        try {
            counts = jpa.txExpr(TransactionType.Required, em -> {
                if (em.find(SettingEntity.class, SettingEntity.REFERENCE_DATA_LOADED) == null) {
                    return null;
                }
                return new long[] { count(em, "RegionEntity"), count(em, "ContentEntity") };
            });
        } catch (RuntimeException e) {
            return HealthStatus.notReady("The localization tables cannot be read: " + e.getMessage());
        }
        if (counts == null) {
            return HealthStatus.notReady("The reference data is not loaded"
                    + loader.failure().map(f -> " (" + f + "); see the log.").orElse("."));
        }
        String detail = counts[0] + " regions, " + counts[1] + " contents registered for translation.";
        return HealthStatus.ready(loader.failure().map(f -> detail + " Loading failed: " + f + "; see the log.").orElse(detail));
    }
}
