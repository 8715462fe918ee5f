package org.policyops.api.launches;

import java.time.Instant;
import java.util.List;

/** The readiness of a launch in the regions asked for. */
public record ReadinessReport(long launchId, String title, String policyKey, String policyVersion,
        Instant evaluatedAt, List<RegionReadiness> regions) {

    public ReadinessReport {
        regions = List.copyOf(regions);
    }
}
