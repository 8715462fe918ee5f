package org.policyops.localization.internal.entity;

import javax.persistence.Entity;
import javax.persistence.Table;

import org.policyops.core.persistence.OnceLoader;
import org.policyops.core.persistence.SettingRow;

/**
 * A marker the localization domain keeps about itself in the database (not in a file), so every node of a cluster
 * agrees whether the reference data and the sample data were loaded.
 */
@Entity
@Table(name = "L10N_SETTING")
public class SettingEntity extends SettingRow {

    /** Present once the shipped regions, locales and requirements were loaded; never loaded again after that. */
    public static final String REFERENCE_DATA_LOADED = "reference-data-loaded";
    /** Present once the sample contents and translations were loaded. */
    public static final String SAMPLE_DATA_LOADED = "sample-data-loaded";

    /** Present once the shipped regions' time zones and working weeks have been set. */
    public static final String REGION_WEEKS_LOADED = "region-weeks-loaded";

    /** The marker rows of core's once-per-database loader. */
    public static final OnceLoader.Markers MARKERS = OnceLoader.Markers.of(SettingEntity.class,
            (name, at) -> new SettingEntity(name, at.toString()));

    protected SettingEntity() {
        // for JPA
    }

    public SettingEntity(String name, String value) {
        super(name, value);
    }
}
