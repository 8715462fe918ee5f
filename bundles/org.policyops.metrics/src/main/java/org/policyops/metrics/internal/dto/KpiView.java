package org.policyops.metrics.internal.dto;

import java.time.Instant;
import java.util.List;

import org.policyops.api.metrics.KpiDefinition;
import org.policyops.metrics.internal.entity.KpiEntity;

/**
 * A KPI as the registry shows it: its provider's definition with the target, thresholds and owner in force, and the
 * provider's defaults beside them.
 *
 * @param customized true when an administrator changed the target, thresholds or owner
 */
public record KpiView(String id, String name, String description, String unit, String direction, double target,
        double warning, double critical, String owner, String cadence, List<String> dimensions, boolean backfill,
        Defaults defaults, boolean customized, Instant updatedAt, String updatedBy) {

    /** What the provider ships. */
    public record Defaults(double target, double warning, double critical, String owner) {
    }

    public static KpiView of(KpiDefinition d, KpiEntity e) {
        Defaults defaults = new Defaults(d.target(), d.warning(), d.critical(), d.owner());
        if (e == null) {
            return new KpiView(d.id(), d.name(), d.description(), d.unit(), d.direction().name(), d.target(), d.warning(),
                    d.critical(), d.owner(), d.cadence().name(), d.dimensions(), d.backfill(), defaults, false, null, null);
        }
        return new KpiView(d.id(), d.name(), d.description(), d.unit(), d.direction().name(), e.getTarget(), e.getWarning(),
                e.getCritical(), e.getOwner(), d.cadence().name(), d.dimensions(), d.backfill(), defaults, true,
                Instant.ofEpochMilli(e.getUpdatedAt()), e.getUpdatedBy());
    }
}
