package org.policyops.api.metrics;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Defines some KPIs and computes their values. Registered as a service by a domain bundle or a plugin; the metrics
 * feature, when installed, asks every provider for {@link #values(LocalDate)} when it takes a snapshot. Values are
 * computed by the provider's own database queries (aggregates in SQL, never every row read into Java).
 */
@ConsumerType
public interface KpiProvider {

    /** The KPIs this provider computes, with their default targets and thresholds. Ids are unique platform-wide. */
    List<KpiDefinition> kpis();

    /**
     * The values of this provider's KPIs as of the end of {@code asOf} (UTC), one per KPI and combination of
     * dimensions (a value without dimensions is the KPI over everything). KPIs whose definition is not
     * {@link KpiDefinition#backfill() backfillable} are measured as they stand now, whatever the day. A KPI with nothing
     * to measure (no data) has no value. Must not throw for lack of data; may throw when the database fails.
     */
    List<KpiValue> values(LocalDate asOf);
}
