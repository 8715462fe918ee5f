package org.policyops.launches.internal.entity;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

/**
 * The last overall readiness evaluated for a launch region, so that READINESS_CHANGED is posted only when it
 * changes. Kept apart from the launch so that evaluating readiness (a GET) never changes the launch's ETag.
 */
@Entity
@Table(name = "LAUNCH_READINESS",
        uniqueConstraints = @UniqueConstraint(name = "LAUNCH_READINESS_UQ", columnNames = { "LAUNCH_ID", "REGION" }))
public class ReadinessStateEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "LAUNCH_ID", nullable = false, updatable = false)
    private long launchId;

    @Column(name = "REGION", length = 16, nullable = false, updatable = false)
    private String region;

    @Column(name = "READINESS", length = 10, nullable = false)
    private String readiness;

    @Column(name = "EVALUATED_AT", nullable = false)
    private Instant evaluatedAt;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long version;

    protected ReadinessStateEntity() {
        // for JPA
    }

    public ReadinessStateEntity(long launchId, String region, String readiness, Instant evaluatedAt) {
        this.launchId = launchId;
        this.region = region;
        this.readiness = readiness;
        this.evaluatedAt = evaluatedAt;
    }

    public void update(String newReadiness, Instant at) {
        readiness = newReadiness;
        evaluatedAt = at;
    }

    public long getLaunchId() {
        return launchId;
    }

    public String getRegion() {
        return region;
    }

    public String getReadiness() {
        return readiness;
    }

    public Instant getEvaluatedAt() {
        return evaluatedAt;
    }
}
