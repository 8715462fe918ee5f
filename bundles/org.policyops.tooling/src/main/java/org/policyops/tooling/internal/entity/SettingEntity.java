package org.policyops.tooling.internal.entity;

import javax.persistence.Entity;
import javax.persistence.Table;

import org.policyops.core.persistence.OnceLoader;
import org.policyops.core.persistence.SettingRow;

/**
 * A marker the tooling domain keeps about itself in the database (not in a file), so every node of a cluster
 * agrees whether the sample data was loaded.
 */
@Entity
@Table(name = "TOOLING_SETTING")
public class SettingEntity extends SettingRow {

    /** Present once the sample tools were loaded; never loaded again after that. */
    public static final String SAMPLE_DATA_LOADED = "sample-data-loaded";

    /** Present once a database of an earlier version has been migrated (UsageSchema), or found not to need it. */
    public static final String USAGE_SCHEMA_2 = "usage-schema-2";

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
