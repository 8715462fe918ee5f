package org.policyops.training.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.policyops.core.persistence.OnceLoader;

/** A named value the training domain keeps about its own database, such as the marker that samples were loaded. */
@Entity
@Table(name = "TRAINING_SETTING")
public class SettingEntity {

    public static final String SAMPLE_DATA_LOADED = "sample-data-loaded";

    /** The marker rows of core's once-per-database loader. */
    public static final OnceLoader.Markers MARKERS = OnceLoader.Markers.of(SettingEntity.class,
            (name, at) -> new SettingEntity(name, at.toString()));

    @Id
    @Column(name = "SETTING_KEY", length = 64)
    private String key;

    @Column(name = "SETTING_VALUE", length = 200)
    private String value;

    protected SettingEntity() {
        // for JPA
    }

    public SettingEntity(String key, String value) {
        this.key = key;
        this.value = value;
    }

    public String getKey() { return key; }
    public String getValue() { return value; }
}
