package org.policyops.launches.internal.domain;

import java.util.Collection;

/**
 * A launch's overall status, derived from its regions' and stored so that lists can filter on it: CANCELLED when
 * every region is cancelled, COMPLETED when every region that is not cancelled is enforcing, IN_PROGRESS when some
 * region is approved or enforcing, PLANNED otherwise.
 */
public enum LaunchStatus {
    PLANNED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED;

    public static LaunchStatus of(Collection<RegionStatus> regions) {
        boolean anyLive = false;
        boolean allEnforcing = true;
        boolean anyStarted = false;
        for (RegionStatus s : regions) {
            if (s == RegionStatus.CANCELLED) {
                continue;
            }
            anyLive = true;
            allEnforcing &= s == RegionStatus.ENFORCING;
            anyStarted |= s == RegionStatus.APPROVED || s == RegionStatus.ENFORCING;
        }
        if (!anyLive) {
            return CANCELLED;
        }
        if (allEnforcing) {
            return COMPLETED;
        }
        return anyStarted ? IN_PROGRESS : PLANNED;
    }
}
