package org.policyops.launches.internal.entity;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

import org.policyops.api.RegionCode;
import org.policyops.launches.internal.domain.Quarters;
import org.policyops.launches.internal.domain.RegionStatus;

/**
 * One region of a launch: its target date, status and the dated steps it went through. When enforcement starts,
 * the dates regional time-to-deploy is measured from are captured here (the version's development start and
 * approval), so the database can aggregate them without asking the policy catalog again.
 */
@Entity
@Table(name = "LAUNCH_REGION",
        uniqueConstraints = @UniqueConstraint(name = "LAUNCH_REGION_UQ", columnNames = { "LAUNCH_ID", "REGION" }))
public class LaunchRegionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "LAUNCH_ID", nullable = false, updatable = false)
    private LaunchEntity launch;

    @Column(name = "POSITION_NO", nullable = false)
    private int position;

    @Column(name = "REGION", length = 16, nullable = false, updatable = false)
    private String region;

    @Column(name = "TARGET_DATE")
    private LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 20, nullable = false)
    private RegionStatus status;

    @Column(name = "APPROVED_AT")
    private Instant approvedAt;

    @Column(name = "APPROVED_BY", length = 200)
    private String approvedBy;

    /** True when the region was approved by an administrator's override of a NO_GO. */
    @Column(name = "OVERRIDDEN", nullable = false)
    private boolean overridden;

    @Column(name = "ENFORCEMENT_STARTED_AT")
    private Instant enforcementStartedAt;

    @Column(name = "ENFORCEMENT_STARTED_BY", length = 200)
    private String enforcementStartedBy;

    /** {@code YYYY-Qn} (UTC) of {@link #enforcementStartedAt}, so the database can group by it. */
    @Column(name = "ENFORCEMENT_QUARTER", length = 7)
    private String enforcementQuarter;

    /** When the version entered development, captured when enforcement started; null when unknown. */
    @Column(name = "DEV_STARTED_AT")
    private Instant developmentStartedAt;

    /** When the version was approved, captured when enforcement started; null when unknown. */
    @Column(name = "VERSION_APPROVED_AT")
    private Instant versionApprovedAt;

    @Column(name = "CANCELLED_AT")
    private Instant cancelledAt;

    @Column(name = "CANCELLED_BY", length = 200)
    private String cancelledBy;

    protected LaunchRegionEntity() {
        // for JPA
    }

    LaunchRegionEntity(LaunchEntity launch, int position, RegionCode region, LocalDate targetDate) {
        this.launch = launch;
        this.position = position;
        this.region = region.value();
        this.targetDate = targetDate;
        this.status = RegionStatus.PLANNED;
    }

    void approve(String by, Instant at, boolean override) {
        status = RegionStatus.APPROVED;
        approvedBy = by;
        approvedAt = at;
        overridden = override;
    }

    void startEnforcement(String by, Instant at, Instant developmentStarted, Instant versionApproved) {
        status = RegionStatus.ENFORCING;
        enforcementStartedBy = by;
        enforcementStartedAt = at;
        enforcementQuarter = Quarters.of(at);
        developmentStartedAt = developmentStarted;
        versionApprovedAt = versionApproved;
    }

    void cancel(String by, Instant at) {
        status = RegionStatus.CANCELLED;
        cancelledBy = by;
        cancelledAt = at;
    }

    void moveTo(int newPosition) {
        position = newPosition;
    }

    void changeTargetDate(LocalDate date) {
        targetDate = date;
    }

    public Long getId() {
        return id;
    }

    public LaunchEntity getLaunch() {
        return launch;
    }

    public int getPosition() {
        return position;
    }

    public RegionCode getRegion() {
        return new RegionCode(region);
    }

    public String getRegionCode() {
        return region;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public RegionStatus getStatus() {
        return status;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public boolean isOverridden() {
        return overridden;
    }

    public Instant getEnforcementStartedAt() {
        return enforcementStartedAt;
    }

    public String getEnforcementStartedBy() {
        return enforcementStartedBy;
    }

    public String getEnforcementQuarter() {
        return enforcementQuarter;
    }

    public Instant getDevelopmentStartedAt() {
        return developmentStartedAt;
    }

    public Instant getVersionApprovedAt() {
        return versionApprovedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }
}
