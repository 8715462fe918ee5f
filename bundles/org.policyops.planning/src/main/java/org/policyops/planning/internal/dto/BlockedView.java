package org.policyops.planning.internal.dto;

import java.util.List;

import org.policyops.planning.internal.domain.InitiativeStatus;

/**
 * An open initiative (neither DONE nor CANCELLED) that depends on at least one initiative that is not DONE.
 *
 * @param plannedBeforeADependency true when some blocker targets a later quarter than this initiative: a planning
 *        error, since it cannot finish before what it depends on
 */
public record BlockedView(long id, String title, InitiativeStatus status, String targetQuarter,
        boolean plannedBeforeADependency, List<Blocker> blockedBy) {

    /** @param plannedLater the blocker targets a later quarter than the initiative it blocks */
    public record Blocker(long id, String title, InitiativeStatus status, String targetQuarter, boolean plannedLater) {
    }
}
