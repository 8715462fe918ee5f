package org.policyops.api.compliance;

/** How much a failing rule matters for a launch. */
public enum Severity {
    /** A failure makes the region NO_GO: the launch may not be approved there without an audited override. */
    BLOCKER,
    /** A failure is shown to the approver but does not block. */
    WARNING,
    /** Information for the approver. */
    INFO
}
