package org.policyops.tooling.internal.service;

/** The tooling persistence unit (META-INF/persistence.xml). */
public final class ToolingUnit {

    /** The persistence unit's name. */
    public static final String NAME = "policyops-tooling";

    /** Selects the JpaTemplate that Aries JPA registers for the unit. */
    public static final String TARGET = "(osgi.unit.name=" + NAME + ")";

    private ToolingUnit() {
    }
}
