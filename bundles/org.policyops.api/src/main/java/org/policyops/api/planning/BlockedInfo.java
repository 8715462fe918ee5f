package org.policyops.api.planning;

import java.util.List;

/**
 * An open initiative that depends on at least one initiative that is not DONE.
 *
 * @param plannedBeforeADependency some blocker targets a later quarter than this initiative
 * @param blockedBy the ids of the initiatives it waits for
 * @since 1.2
 */
public record BlockedInfo(long id, String title, String status, String targetQuarter,
        boolean plannedBeforeADependency, List<Long> blockedBy) {

    public BlockedInfo {
        blockedBy = List.copyOf(blockedBy);
    }
}
