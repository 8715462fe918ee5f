package org.policyops.planning.internal.domain;

/** The risk an initiative addresses, lowest first; sorting follows this order, not the alphabet. */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
