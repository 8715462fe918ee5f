package org.policyops.training.internal.domain;

/** What is stored about a certification; whether it has expired follows from its end of validity and the clock. */
public enum CertState {
    ACTIVE, RECERTIFICATION_REQUIRED, SUPERSEDED
}
