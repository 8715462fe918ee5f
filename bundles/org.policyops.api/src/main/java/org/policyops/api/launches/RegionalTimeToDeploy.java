package org.policyops.api.launches;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Time-to-deploy per region, from launches: for each launch region where enforcement started, the days from the
 * policy version entering development (and from its approval, when known) to enforcement starting in that region,
 * aggregated per quarter of enforcement and region. Computed in the database. Registered by the launches feature;
 * the planning feature shows it next to its own per-quarter figures when both are installed.
 */
@ProviderType
public interface RegionalTimeToDeploy {

    /**
     * Median and 90th percentile (nearest rank, as {@link org.policyops.api.planning.TimeToDeployStat}) per quarter
     * and region for enforcement starts between the two days (both included), by quarter then region.
     */
    List<RegionalTimeToDeployStat> byQuarterAndRegion(LocalDate from, LocalDate to);
}
