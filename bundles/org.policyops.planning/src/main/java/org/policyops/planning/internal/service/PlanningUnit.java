package org.policyops.planning.internal.service;

/** The planning persistence unit (META-INF/persistence.xml). */
public final class PlanningUnit {

    /** The persistence unit's name. */
    public static final String NAME = "policyops-planning";

    /** Selects the JpaTemplate that Aries JPA registers for the unit. */
    public static final String TARGET = "(osgi.unit.name=" + NAME + ")";

    private PlanningUnit() {
    }
}
