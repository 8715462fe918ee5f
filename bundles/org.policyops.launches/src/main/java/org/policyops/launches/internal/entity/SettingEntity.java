package org.policyops.launches.internal.entity;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.policyops.core.persistence.OnceLoader;

/** A named value the launches domain keeps about itself, such as the marker that sample data was loaded. */
@Entity
@Table(name = "LAUNCH_SETTING")
public class SettingEntity {

    /** Present once the sample data has been loaded; never removed, so cancelling the samples does not bring them back. */
    public static final String SAMPLE_DATA_LOADED = "sample-data-loaded";

    /** The marker rows of core's once-per-database loader. */
    public static final OnceLoader.Markers MARKERS = OnceLoader.Markers.of(SettingEntity.class,
            (name, at) -> new SettingEntity(name, at.toString(), at));

    @Id
    @Column(name = "SETTING_NAME", length = 100)
    private String name;

    @Column(name = "SETTING_VALUE", length = 4000)
    private String value;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long version;

    protected SettingEntity() {
        // for JPA
    }

    public SettingEntity(String name, String value, Instant now) {
        this.name = name;
        this.value = value;
        this.updatedAt = now;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }
}
