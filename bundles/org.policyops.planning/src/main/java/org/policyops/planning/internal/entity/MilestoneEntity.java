package org.policyops.planning.internal.entity;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.Version;

import org.policyops.planning.internal.domain.MilestoneKind;

/**
 * A dated milestone of an initiative (kickoff, policy draft, review, training ready, launch). The date is a plain
 * calendar day without time zone, stored as SQL {@code DATE}, which H2 and PostgreSQL both have; JPA 2.2 maps
 * {@link LocalDate} to it directly.
 */
@Entity
@Table(name = "PLANNING_MILESTONE", indexes = {
        @Index(name = "PLANNING_MILESTONE_INITIATIVE_IX", columnList = "INITIATIVE_ID"),
        @Index(name = "PLANNING_MILESTONE_DUE_IX", columnList = "DUE_ON") })
public class MilestoneEntity {

    public static final int MAX_TITLE = 200;
    public static final int MAX_NOTE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "INITIATIVE_ID", nullable = false, updatable = false)
    private InitiativeEntity initiative;

    @Column(name = "TITLE", length = MAX_TITLE, nullable = false)
    private String title;

    @Column(name = "DUE_ON", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 20, nullable = false)
    private MilestoneKind kind;

    @Column(name = "NOTE", length = MAX_NOTE)
    private String note;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", length = 200, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long version;

    protected MilestoneEntity() {
        // for JPA
    }

    public MilestoneEntity(InitiativeEntity initiative, String createdBy, Instant now) {
        this.initiative = initiative;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The editable content of a milestone, already validated and normalised. */
    public record Content(String title, LocalDate date, MilestoneKind kind, String note) {
    }

    /** Replaces all editable fields. */
    public void apply(Content c, Instant now) {
        title = c.title();
        date = c.date();
        kind = c.kind();
        note = c.note();
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public InitiativeEntity getInitiative() {
        return initiative;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDate() {
        return date;
    }

    public MilestoneKind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
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

    /** The optimistic-lock version, which is the milestone's ETag. */
    public long getVersion() {
        return version;
    }
}
