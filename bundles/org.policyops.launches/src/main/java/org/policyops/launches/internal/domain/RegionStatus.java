package org.policyops.launches.internal.domain;

/**
 * Where a launch stands in one region. A region moves forward only: PLANNED, then APPROVED (readiness GO, or an
 * administrator's override), then ENFORCING; PLANNED and APPROVED regions can be CANCELLED, ENFORCING ones cannot
 * (enforcement has started; rolling back is a new launch).
 */
public enum RegionStatus {
    PLANNED,
    APPROVED,
    ENFORCING,
    CANCELLED;

    public boolean isOpen() {
        return this == PLANNED || this == APPROVED;
    }
}
