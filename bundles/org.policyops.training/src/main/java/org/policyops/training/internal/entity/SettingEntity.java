package org.policyops.training.internal.entity;

import javax.persistence.AttributeOverride;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.policyops.core.persistence.OnceLoader;
import org.policyops.core.persistence.SettingRow;

/** A named value the training domain keeps about its own database, such as the marker that samples were loaded. */
@Entity
@Table(name = "TRAINING_SETTING")
// The table predates core's SettingRow: its columns keep their names and sizes so existing databases still fit.
@AttributeOverride(name = "name", column = @Column(name = "SETTING_KEY", length = 64))
@AttributeOverride(name = "value", column = @Column(name = "SETTING_VALUE", length = 200))
public class SettingEntity extends SettingRow {

    public static final String SAMPLE_DATA_LOADED = "sample-data-loaded";

    /** The marker rows of core's once-per-database loader. */
    public static final OnceLoader.Markers MARKERS = OnceLoader.Markers.of(SettingEntity.class,
            (name, at) -> new SettingEntity(name, at.toString()));

    protected SettingEntity() {
        // for JPA
    }

    public SettingEntity(String key, String value) {
        super(key, value);
    }
}
