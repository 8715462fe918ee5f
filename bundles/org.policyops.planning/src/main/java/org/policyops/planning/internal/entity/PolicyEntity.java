package org.policyops.planning.internal.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

import org.policyops.api.PolicyRef;
import org.policyops.api.SemanticVersion;
import org.policyops.planning.internal.domain.VersionStatus;

/** A policy of the catalog. Its key is how every other domain refers to it, so it never changes. */
@Entity
@Table(name = "PLANNING_POLICY", uniqueConstraints = @UniqueConstraint(name = "PLANNING_POLICY_KEY_UQ", columnNames = "POLICY_KEY"))
public class PolicyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "POLICY_KEY", length = 64, nullable = false, updatable = false)
    private String policyKey;

    @Column(name = "POLICY_NAME", length = 200, nullable = false)
    private String name;

    @Column(name = "AREA", length = 100, nullable = false)
    private String area;

    @Column(name = "OWNING_TEAM", length = 100, nullable = false)
    private String owningTeam;

    @Column(name = "DESCRIPTION", length = 4000)
    private String description;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long version;

    @OneToMany(mappedBy = "policy", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("major ASC, minor ASC, patch ASC")
    private List<PolicyVersionEntity> versions = new ArrayList<>();

    protected PolicyEntity() {
        // for JPA
    }

    public PolicyEntity(String policyKey, String name, String area, String owningTeam, String description, Instant now) {
        this.policyKey = PolicyRef.requireValidKey(policyKey);
        this.createdAt = now;
        describe(name, area, owningTeam, description, now);
    }

    /** Replaces everything a planner may edit; the key stays. */
    public final void describe(String name, String area, String owningTeam, String description, Instant now) {
        this.name = name;
        this.area = area;
        this.owningTeam = owningTeam;
        this.description = description;
        this.updatedAt = now;
    }

    /** Records that something shown with the policy (one of its versions) changed. */
    public void touch(Instant now) {
        this.updatedAt = now;
    }

    /** Adds a new version, which starts in development at {@code startedAt}. */
    public PolicyVersionEntity addVersion(SemanticVersion number, String summary, Instant startedAt, String by, Instant now) {
        PolicyVersionEntity v = new PolicyVersionEntity(this, number, summary, startedAt, by, now);
        versions.add(v);
        versions.sort((a, b) -> a.semanticVersion().compareTo(b.semanticVersion()));
        touch(now);
        return v;
    }

    public Optional<PolicyVersionEntity> findVersion(SemanticVersion number) {
        return versions.stream().filter(v -> v.semanticVersion().equals(number)).findFirst();
    }

    /**
     * Makes {@code active} the version in force and retires any other version that was, so that at most one version
     * of a policy is ever active.
     */
    void activate(PolicyVersionEntity active, Instant now) {
        for (PolicyVersionEntity v : versions) {
            if (v != active && v.getStatus() == VersionStatus.ACTIVE) {
                v.retire(now);
            }
        }
    }

    public Long getId() {
        return id;
    }

    public String getPolicyKey() {
        return policyKey;
    }

    public String getName() {
        return name;
    }

    public String getArea() {
        return area;
    }

    public String getOwningTeam() {
        return owningTeam;
    }

    public String getDescription() {
        return description;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The optimistic-lock version, which is the policy's ETag. */
    public long getVersion() {
        return version;
    }

    /** The versions, lowest number first. */
    public List<PolicyVersionEntity> getVersions() {
        return Collections.unmodifiableList(versions);
    }
}
