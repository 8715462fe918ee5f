package org.policyops.api.planning;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Time-to-deploy, the first north-star KPI: how long policy versions take from entering development (or from
 * approval) to entering enforcement, per version and aggregated per quarter of enforcement. Registered by the
 * planning feature. Dates are calendar days in UTC; {@code from} and {@code to} are both included and select
 * versions by the day they entered enforcement.
 */
@ProviderType
public interface TimeToDeploy {

    /** Every version that entered enforcement between the two days, earliest enforcement first. */
    List<VersionTimeToDeploy> versions(LocalDate from, LocalDate to);

    /**
     * Median and 90th percentile per quarter of enforcement over all teams ({@link TimeToDeployStat#owningTeam()}
     * is null), earliest quarter first; quarters without versions are left out.
     */
    List<TimeToDeployStat> byQuarter(LocalDate from, LocalDate to);

    /**
     * The same per quarter and owning team of the policy, by quarter then team. Policy versions carry no regions
     * yet, so the owning team is the dimension available for a breakdown.
     */
    List<TimeToDeployStat> byQuarterAndTeam(LocalDate from, LocalDate to);
}
