package org.policyops.localization.internal.service;

/** The localization persistence unit (META-INF/persistence.xml). */
public final class LocalizationUnit {

    /** The persistence unit's name. */
    public static final String NAME = "policyops-localization";

    /** Selects the JpaTemplate that Aries JPA registers for the unit. */
    public static final String TARGET = "(osgi.unit.name=" + NAME + ")";

    private LocalizationUnit() {
    }
}
