package org.policyops.api.launches;

/** The overall readiness of a launch in one region. */
public enum Readiness {
    /** No non-shadow BLOCKER rule failed, errored or timed out. */
    GO,
    /** At least one non-shadow BLOCKER rule did not pass (FAIL, ERROR or TIMEOUT). */
    NO_GO
}
