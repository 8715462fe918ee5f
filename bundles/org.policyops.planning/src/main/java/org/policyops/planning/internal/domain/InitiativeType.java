package org.policyops.planning.internal.domain;

/** What kind of work an initiative of the planning portfolio is. */
public enum InitiativeType {
    NEW_POLICY,
    POLICY_UPDATE,
    ENFORCEMENT_CHANGE,
    TRAINING_PROGRAM,
    TOOLING
}
