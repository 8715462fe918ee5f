package org.policyops.metrics.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/**
 * One recorded value: a KPI × dimensions × day. The unique key on (KPI, day, dimensions) keeps a value from being
 * recorded twice, by a second node or a backfill racing the daily snapshot.
 */
@Entity
@Table(name = "METRICS_SNAPSHOT",
        uniqueConstraints = @UniqueConstraint(name = "METRICS_SNAPSHOT_UQ", columnNames = { "KPI_ID", "DAY_NUMBER", "DIMENSIONS" }),
        // Days descending: a KPI's latest day is then the first entry of its range, read without a sort (H2 reads an
        // ascending index only forwards, and then scanned every row of a KPI's history for it).
        indexes = @Index(name = "METRICS_SNAPSHOT_DAY", columnList = "KPI_ID, DAY_NUMBER DESC"))
public class SnapshotEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "KPI_ID", length = 100, nullable = false)
    private String kpiId;

    /** Days since 1970-01-01 (UTC). */
    @Column(name = "DAY_NUMBER", nullable = false)
    private int day;

    /** The dimensions as {@code name=value} pairs joined by {@code &}, sorted by name; empty for the KPI overall. */
    @Column(name = "DIMENSIONS", length = 400, nullable = false)
    private String dimensions;

    /** The region dimension on its own, for filtering; null when the value has none. */
    @Column(name = "REGION_CODE", length = 16)
    private String region;

    @Column(name = "KPI_VALUE", nullable = false)
    private double value;

    @Column(name = "BASIS", nullable = false)
    private long basis;

    @Column(name = "TAKEN_AT", nullable = false)
    private long takenAt;

    protected SnapshotEntity() {
        // for JPA
    }

    public SnapshotEntity(String kpiId, int day, String dimensions, String region, double value, long basis, long takenAt) {
        this.kpiId = kpiId;
        this.day = day;
        this.dimensions = dimensions;
        this.region = region;
        this.value = value;
        this.basis = basis;
        this.takenAt = takenAt;
    }

    public String getKpiId() {
        return kpiId;
    }

    public int getDay() {
        return day;
    }

    public String getDimensions() {
        return dimensions;
    }

    public String getRegion() {
        return region;
    }

    public double getValue() {
        return value;
    }

    public long getBasis() {
        return basis;
    }

    public long getTakenAt() {
        return takenAt;
    }
}
