package org.policyops.planning.internal.dto;

import java.time.LocalDate;
import java.util.List;

import org.policyops.api.launches.RegionalTimeToDeployStat;
import org.policyops.api.planning.TimeToDeployStat;
import org.policyops.api.planning.VersionTimeToDeploy;

/**
 * Answer of {@code GET /planning/time-to-deploy}: each version that entered enforcement between {@code from} and
 * {@code to} (UTC days, both included), the aggregate per quarter over all teams, and per quarter and owning team;
 * with the launches feature installed also {@code quartersByRegion}, from the launch regions whose enforcement
 * started in the period (absent without it).
 */
public record TimeToDeployReport(LocalDate from, LocalDate to, List<VersionTimeToDeploy> versions,
        List<TimeToDeployStat> quarters, List<TimeToDeployStat> quartersByTeam,
        List<RegionalTimeToDeployStat> quartersByRegion) {
}
