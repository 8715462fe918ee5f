package org.policyops.training.internal.service;

/** The training persistence unit (META-INF/persistence.xml). */
public final class TrainingUnit {

    /** The persistence unit's name. */
    public static final String NAME = "policyops-training";

    /** Selects the JpaTemplate that Aries JPA registers for the unit. */
    public static final String TARGET = "(osgi.unit.name=" + NAME + ")";

    private TrainingUnit() {
    }
}
