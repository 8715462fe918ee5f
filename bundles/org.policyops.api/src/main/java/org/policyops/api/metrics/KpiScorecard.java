package org.policyops.api.metrics;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Every KPI's latest recorded values with their status. Registered by the metrics feature. */
@ProviderType
public interface KpiScorecard {

    /**
     * The latest snapshot's values of every KPI, by KPI id then dimensions; a KPI without values is listed once
     * with {@link KpiStatus#NO_DATA}.
     *
     * @param region only values of this region (and KPIs without a region breakdown, over everything); null for all
     */
    List<KpiScore> scorecard(String region);
}
