package org.policyops.metrics.internal.entity;

import javax.persistence.Entity;
import javax.persistence.Table;

import org.policyops.core.persistence.OnceLoader;
import org.policyops.core.persistence.SettingRow;

/**
 * A marker the metrics domain keeps in the database (not in a file), so every node of a cluster agrees whether a
 * day's snapshot was taken: the node that writes the marker row first takes it, any other fails on its key.
 */
@Entity
@Table(name = "METRICS_SETTING")
public class SettingEntity extends SettingRow {

    /** The marker of the snapshot of a day, e.g. {@code snapshot-2026-12-06}. */
    public static String snapshotTaken(java.time.LocalDate day) {
        return "snapshot-" + day;
    }

    /** The marker of a period's scheduled executive report, e.g. {@code report-MONTHLY-2026-11}. */
    public static String reportMade(String kind, String period) {
        return "report-" + kind + "-" + period;
    }

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
