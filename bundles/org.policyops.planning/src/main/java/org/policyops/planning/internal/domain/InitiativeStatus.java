package org.policyops.planning.internal.domain;

/** Where an initiative stands, in the order a portfolio review reads them; sorting follows this order. */
public enum InitiativeStatus {
    PROPOSED,
    PLANNED,
    IN_PROGRESS,
    DONE,
    CANCELLED
}
