package org.policyops.planning.internal.entity;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

/**
 * A dated public holiday of a region (a country, or a group whose members all keep it). One record per region and
 * day. Launches read them through {@code HolidayCalendar} for the calendar a compliance rule sees; the quarterly day
 * counts of {@link HolidayEntity} stay what capacity planning subtracts.
 */
@Entity
@Table(name = "PLANNING_PUBLIC_HOLIDAY", uniqueConstraints = @UniqueConstraint(name = "PLANNING_PUBLIC_HOLIDAY_UQ",
        columnNames = { "REGION_CODE", "HOLIDAY_DATE" }), indexes = @Index(name = "PLANNING_PUBLIC_HOLIDAY_DATE_IX",
                columnList = "HOLIDAY_DATE"))
public class PublicHolidayEntity {

    public static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "REGION_CODE", length = 16, nullable = false)
    private String region;

    @Column(name = "HOLIDAY_DATE", nullable = false)
    private LocalDate date;

    @Column(name = "NAME", length = MAX_NAME, nullable = false)
    private String name;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", length = 200, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long version;

    protected PublicHolidayEntity() {
        // for JPA
    }

    public PublicHolidayEntity(String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces the editable fields, validated already. */
    public void apply(String region, LocalDate date, String name, Instant now) {
        this.region = region;
        this.date = date;
        this.name = name;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getRegion() {
        return region;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The optimistic-lock version, which is the record's ETag. */
    public long getVersion() {
        return version;
    }
}
