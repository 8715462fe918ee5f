package org.policyops.planning.internal.entity;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

import org.policyops.planning.internal.domain.Quarter;

/** The number of public-holiday working days of a region in a quarter; one record per region and quarter. */
@Entity
@Table(name = "PLANNING_HOLIDAY", uniqueConstraints = @UniqueConstraint(name = "PLANNING_HOLIDAY_UQ",
        columnNames = { "REGION_CODE", "IN_QUARTER" }))
public class HolidayEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "REGION_CODE", length = 16, nullable = false, updatable = false)
    private String region;

    /** {@code YYYY-Qn}, as an initiative's target quarter. */
    @Column(name = "IN_QUARTER", length = 7, nullable = false, updatable = false)
    private String quarter;

    @Column(name = "DAY_COUNT", nullable = false, updatable = false)
    private double days;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", length = 200, nullable = false, updatable = false)
    private String createdBy;

    protected HolidayEntity() {
        // for JPA
    }

    public HolidayEntity(String region, Quarter quarter, double days, String createdBy, Instant now) {
        this.region = region;
        this.quarter = quarter.toString();
        this.days = days;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getRegion() {
        return region;
    }

    public Quarter getQuarter() {
        return Quarter.parse(quarter);
    }

    public double getDays() {
        return days;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
