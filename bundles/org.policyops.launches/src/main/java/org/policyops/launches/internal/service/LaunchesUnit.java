package org.policyops.launches.internal.service;

/** The launches persistence unit (META-INF/persistence.xml). */
public final class LaunchesUnit {

    /** The persistence unit's name. */
    public static final String NAME = "policyops-launches";

    /** Selects the JpaTemplate that Aries JPA registers for the unit. */
    public static final String TARGET = "(osgi.unit.name=" + NAME + ")";

    private LaunchesUnit() {
    }
}
