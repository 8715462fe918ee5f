package org.policyops.planning.internal.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

/**
 * A team whose capacity is planned: its name (unique; initiatives name their team by it in {@code owningTeam}), an
 * optional region whose public holidays reduce its capacity, and its members, kept in the order given.
 */
@Entity
@Table(name = "PLANNING_TEAM", uniqueConstraints = @UniqueConstraint(name = "PLANNING_TEAM_NAME_UQ", columnNames = "NAME"))
public class TeamEntity {

    /** As long as an initiative's owning team. */
    public static final int MAX_NAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "NAME", length = MAX_NAME, nullable = false)
    private String name;

    @Column(name = "REGION_CODE", length = 16)
    private String region;

    @ElementCollection
    @CollectionTable(name = "PLANNING_TEAM_MEMBER", joinColumns = @JoinColumn(name = "TEAM_ID"))
    @OrderColumn(name = "MEMBER_POSITION")
    private List<TeamMember> members = new ArrayList<>();

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", length = 200, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long version;

    protected TeamEntity() {
        // for JPA
    }

    public TeamEntity(String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The editable content of a team, already validated and normalised. */
    public record Content(String name, String region, List<TeamMember> members) {
    }

    /** Replaces all editable fields. */
    public void apply(Content c, Instant now) {
        name = c.name();
        region = c.region();
        members.clear();
        members.addAll(c.members());
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getRegion() {
        return region;
    }

    public List<TeamMember> getMembers() {
        return Collections.unmodifiableList(members);
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

    /** The optimistic-lock version, which is the team's ETag. */
    public long getVersion() {
        return version;
    }
}
