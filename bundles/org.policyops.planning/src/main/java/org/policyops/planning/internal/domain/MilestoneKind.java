package org.policyops.planning.internal.domain;

/** What a dated milestone of an initiative marks, in the order an initiative usually reaches them. */
public enum MilestoneKind {
    KICKOFF,
    POLICY_DRAFT,
    REVIEW,
    TRAINING_READY,
    LAUNCH,
    OTHER
}
