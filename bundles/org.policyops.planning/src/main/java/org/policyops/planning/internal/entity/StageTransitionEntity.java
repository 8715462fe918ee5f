package org.policyops.planning.internal.entity;

import java.time.Instant;

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

import org.policyops.api.LifecycleStage;

/**
 * The moment a policy version entered a lifecycle stage, and who moved it. History is never edited, so this
 * record has no optimistic-lock version. Each stage is entered at most once, hence the unique step.
 */
@Entity
@Table(name = "PLANNING_STAGE_TRANSITION",
        uniqueConstraints = @UniqueConstraint(name = "PLANNING_STAGE_TRANSITION_UQ", columnNames = { "POLICY_VERSION_ID", "STEP_NO" }))
public class StageTransitionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "POLICY_VERSION_ID", nullable = false, updatable = false)
    private PolicyVersionEntity policyVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "STAGE", length = 20, nullable = false, updatable = false)
    private LifecycleStage stage;

    /** The stage's position in the lifecycle, so that history sorts in lifecycle order whatever the stored times. */
    @Column(name = "STEP_NO", nullable = false, updatable = false)
    private int step;

    @Column(name = "ENTERED_AT", nullable = false, updatable = false)
    private Instant enteredAt;

    @Column(name = "MOVED_BY", length = 200, nullable = false, updatable = false)
    private String movedBy;

    @Column(name = "NOTE", length = 1000, updatable = false)
    private String note;

    protected StageTransitionEntity() {
        // for JPA
    }

    StageTransitionEntity(PolicyVersionEntity policyVersion, LifecycleStage stage, Instant enteredAt, String movedBy, String note) {
        this.policyVersion = policyVersion;
        this.stage = stage;
        this.step = stage.ordinal();
        this.enteredAt = enteredAt;
        this.movedBy = movedBy;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public LifecycleStage getStage() {
        return stage;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public String getMovedBy() {
        return movedBy;
    }

    public String getNote() {
        return note;
    }
}
