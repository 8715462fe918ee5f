package org.policyops.planning.internal.entity;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;
import javax.persistence.Version;

import org.policyops.core.persistence.OnceLoader;
import org.policyops.core.persistence.SettingRow;

/**
 * A named value the planning domain keeps about itself, such as the marker that sample data was loaded. Kept in
 * the database rather than in a file so that every node of a cluster sees the same answer.
 */
@Entity
@Table(name = "PLANNING_SETTING")
public class SettingEntity extends SettingRow {

    /** Present once the sample data has been loaded; never removed, so deleting the samples does not bring them back. */
    public static final String SAMPLE_DATA_LOADED = "sample-data-loaded";

    /** Present once the sample dated public holidays have been loaded. */
    public static final String PUBLIC_HOLIDAYS_LOADED = "public-holidays-loaded";

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

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
