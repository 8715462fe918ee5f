package org.policyops.planning.internal.entity;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/**
 * "Initiative {@code initiativeId} depends on initiative {@code dependsOnId}": one edge of the dependency graph,
 * often across lines of business. Edges are never edited, only added and removed, so there is no optimistic-lock
 * version. The two ends are plain ids rather than relationships, so that the cycle check can load the whole graph
 * as pairs of numbers; deleting an initiative deletes its edges (see {@code InitiativeService.delete}).
 */
@Entity
@Table(name = "PLANNING_DEPENDENCY",
        uniqueConstraints = @UniqueConstraint(name = "PLANNING_DEPENDENCY_UQ", columnNames = { "INITIATIVE_ID", "DEPENDS_ON_ID" }),
        indexes = @Index(name = "PLANNING_DEPENDENCY_ON_IX", columnList = "DEPENDS_ON_ID"))
public class DependencyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "INITIATIVE_ID", nullable = false, updatable = false)
    private long initiativeId;

    @Column(name = "DEPENDS_ON_ID", nullable = false, updatable = false)
    private long dependsOnId;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", length = 200, nullable = false, updatable = false)
    private String createdBy;

    protected DependencyEntity() {
        // for JPA
    }

    public DependencyEntity(long initiativeId, long dependsOnId, String createdBy, Instant createdAt) {
        this.initiativeId = initiativeId;
        this.dependsOnId = dependsOnId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getInitiativeId() {
        return initiativeId;
    }

    public long getDependsOnId() {
        return dependsOnId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
