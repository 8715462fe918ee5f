package org.policyops.metrics.internal.service;

/** The metrics persistence unit (META-INF/persistence.xml). */
public final class MetricsUnit {

    /** The persistence unit's name. */
    public static final String NAME = "policyops-metrics";

    /** Selects the JpaTemplate that Aries JPA registers for the unit. */
    public static final String TARGET = "(osgi.unit.name=" + NAME + ")";

    private MetricsUnit() {
    }
}
