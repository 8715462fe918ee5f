package org.policyops.api.launches;

import java.util.List;

import org.policyops.api.RegionCode;

/** A launch in brief, for lists and completion. */
public record LaunchSummary(long id, String title, String policyKey, String policyVersion, String status,
        List<RegionCode> regions) {

    public LaunchSummary {
        regions = List.copyOf(regions);
    }
}
