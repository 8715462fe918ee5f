package org.policyops.launches.internal.entity;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;
import javax.persistence.Version;

import org.policyops.core.persistence.OnceLoader;
import org.policyops.core.persistence.SettingRow;

/** A named value the launches domain keeps about itself, such as the marker that sample data was loaded. */
@Entity
@Table(name = "LAUNCH_SETTING")
public class SettingEntity extends SettingRow {

    /** Present once the sample data has been loaded; never removed, so cancelling the samples does not bring them back. */
    public static final String SAMPLE_DATA_LOADED = "sample-data-loaded";

    /** The marker rows of core's once-per-database loader. */
    public static final OnceLoader.Markers MARKERS = OnceLoader.Markers.of(SettingEntity.class,
            (name, at) -> new SettingEntity(name, at.toString(), at));

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long version;

    protected SettingEntity() {
        // for JPA
    }

    public SettingEntity(String name, String value, Instant now) {
        super(name, value);
        this.updatedAt = now;
    }
}
