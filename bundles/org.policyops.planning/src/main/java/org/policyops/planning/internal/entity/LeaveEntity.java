package org.policyops.planning.internal.entity;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

import org.policyops.planning.internal.domain.Quarter;

/**
 * Planned leave of a team member in a quarter, in working days. The member is named by team and person name, as
 * members live inside their team; several records for one member and quarter add up.
 */
@Entity
@Table(name = "PLANNING_LEAVE", indexes = @Index(name = "PLANNING_LEAVE_TEAM_IX", columnList = "TEAM_ID"))
public class LeaveEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "TEAM_ID", nullable = false, updatable = false)
    private long teamId;

    @Column(name = "PERSON_NAME", length = TeamMember.MAX_NAME, nullable = false, updatable = false)
    private String member;

    @Column(name = "IN_QUARTER", length = 7, nullable = false, updatable = false)
    private String quarter;

    @Column(name = "DAY_COUNT", nullable = false, updatable = false)
    private double days;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", length = 200, nullable = false, updatable = false)
    private String createdBy;

    protected LeaveEntity() {
        // for JPA
    }

    public LeaveEntity(long teamId, String member, Quarter quarter, double days, String createdBy, Instant now) {
        this.teamId = teamId;
        this.member = member;
        this.quarter = quarter.toString();
        this.days = days;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getTeamId() {
        return teamId;
    }

    public String getMember() {
        return member;
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
