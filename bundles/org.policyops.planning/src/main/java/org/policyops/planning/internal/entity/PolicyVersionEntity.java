package org.policyops.planning.internal.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

import org.policyops.api.LifecycleStage;
import org.policyops.api.SemanticVersion;
import org.policyops.core.rest.ProblemException;
import org.policyops.planning.internal.domain.StageRules;
import org.policyops.planning.internal.domain.VersionStatus;

/**
 * One version of a policy. The number is kept as text for display and as three integers so that 3.10.0 sorts
 * after 3.9.0. The lifecycle stage only moves forward, and each move is kept as a {@link StageTransitionEntity}.
 */
@Entity
@Table(name = "PLANNING_POLICY_VERSION",
        uniqueConstraints = @UniqueConstraint(name = "PLANNING_POLICY_VERSION_UQ", columnNames = { "POLICY_ID", "SEMVER" }))
public class PolicyVersionEntity {

    /** What a move to the next stage changed, for the event posted once it is committed. */
    public record StageChange(LifecycleStage previousStage, LifecycleStage stage, Instant enteredAt, String movedBy,
            boolean majorChange) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "POLICY_ID", nullable = false, updatable = false)
    private PolicyEntity policy;

    @Column(name = "SEMVER", length = 24, nullable = false, updatable = false)
    private String semver;

    @Column(name = "MAJOR_NO", nullable = false, updatable = false)
    private int major;

    @Column(name = "MINOR_NO", nullable = false, updatable = false)
    private int minor;

    @Column(name = "PATCH_NO", nullable = false, updatable = false)
    private int patch;

    @Column(name = "CHANGE_SUMMARY", length = 2000, nullable = false)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 20, nullable = false)
    private VersionStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "STAGE", length = 20, nullable = false)
    private LifecycleStage stage;

    @Column(name = "APPROVED_AT")
    private Instant approvedAt;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", length = 200, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long version;

    @OneToMany(mappedBy = "policyVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("step ASC")
    private List<StageTransitionEntity> transitions = new ArrayList<>();

    protected PolicyVersionEntity() {
        // for JPA
    }

    PolicyVersionEntity(PolicyEntity policy, SemanticVersion number, String summary, Instant startedAt, String by, Instant now) {
        this.policy = policy;
        this.semver = number.toString();
        this.major = number.major();
        this.minor = number.minor();
        this.patch = number.patch();
        this.summary = summary;
        this.status = VersionStatus.DRAFT;
        this.stage = LifecycleStage.DEVELOPMENT;
        this.createdAt = now;
        this.createdBy = by;
        this.updatedAt = now;
        transitions.add(new StageTransitionEntity(this, LifecycleStage.DEVELOPMENT, startedAt, by, null));
    }

    /** "Version 3.1.0 of hate-speech", for messages. */
    public String describe() {
        return "Version " + semver + " of " + policy.getPolicyKey();
    }

    /**
     * Moves to the next stage, refusing anything else (409) and any {@code at} that would be in the future or
     * before the current stage was entered (400 on {@code field}). Entering enforcement makes this the active
     * version and retires the one that was.
     */
    public StageChange enterStage(LifecycleStage next, String field, Instant at, String by, String note, Instant now) {
        StageRules.requireNextStage(describe(), stage, next);
        Instant enteredAt = StageRules.effectiveTime(field, at, enteredCurrentStageAt(), now);
        LifecycleStage previous = stage;
        boolean majorChange = next == LifecycleStage.ENFORCEMENT && isNewMajorInForce();
        transitions.add(new StageTransitionEntity(this, next, enteredAt, by, note));
        stage = next;
        updatedAt = now;
        if (next == LifecycleStage.ENFORCEMENT) {
            status = VersionStatus.ACTIVE;
            policy.activate(this, now);
        }
        policy.touch(now);
        return new StageChange(previous, next, enteredAt, by, majorChange);
    }

    /** True when no other version with this major number or a higher one has reached enforcement before. */
    private boolean isNewMajorInForce() {
        for (PolicyVersionEntity v : policy.getVersions()) {
            if (v != this && v.stage == LifecycleStage.ENFORCEMENT && v.major >= major) {
                return false;
            }
        }
        return true;
    }

    /**
     * Sets the editorial status. Only a version in enforcement can be the active one (making it active again
     * retires the version that replaced it); becoming approved records when.
     */
    public void changeStatus(VersionStatus newStatus, Instant now) {
        if (newStatus == status) {
            return;
        }
        if (newStatus == VersionStatus.ACTIVE) {
            if (stage != LifecycleStage.ENFORCEMENT) {
                throw ProblemException.conflict(describe() + " is in " + stage + "; only a version in ENFORCEMENT can be "
                        + "ACTIVE. Move it through the lifecycle instead: it becomes ACTIVE when it enters ENFORCEMENT.")
                        .with("currentStage", stage.name());
            }
            policy.activate(this, now);
        }
        if (newStatus == VersionStatus.APPROVED) {
            approvedAt = now;
        }
        status = newStatus;
        updatedAt = now;
        policy.touch(now);
    }

    /** Approves the version as of an earlier date, to record history that happened before it was entered here. */
    public void approveAsOf(Instant approvedAt, Instant now) {
        changeStatus(VersionStatus.APPROVED, now);
        this.approvedAt = approvedAt;
    }

    public void changeSummary(String newSummary, Instant now) {
        summary = newSummary;
        updatedAt = now;
        policy.touch(now);
    }

    void retire(Instant now) {
        status = VersionStatus.RETIRED;
        updatedAt = now;
    }

    /** When the version entered the stage it is in. */
    public Instant enteredCurrentStageAt() {
        return transitions.isEmpty() ? null : transitions.get(transitions.size() - 1).getEnteredAt();
    }

    public SemanticVersion semanticVersion() {
        return new SemanticVersion(major, minor, patch);
    }

    public Long getId() {
        return id;
    }

    public PolicyEntity getPolicy() {
        return policy;
    }

    public String getSemver() {
        return semver;
    }

    public String getSummary() {
        return summary;
    }

    public VersionStatus getStatus() {
        return status;
    }

    public LifecycleStage getStage() {
        return stage;
    }

    public Instant getApprovedAt() {
        return approvedAt;
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

    /** The optimistic-lock version, which is this record's ETag. */
    public long getVersion() {
        return version;
    }

    /** The stages entered so far, first one first. */
    public List<StageTransitionEntity> getTransitions() {
        return Collections.unmodifiableList(transitions);
    }
}
