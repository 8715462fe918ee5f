package org.policyops.localization.internal.entity;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

/**
 * The regional rollout plan of one policy version in one region: target dates for translation, training and the
 * start of enforcement, and the dates each was actually done. A target date in the past without a done date is
 * overdue.
 */
@Entity
@Table(name = "L10N_TIMELINE", uniqueConstraints = @UniqueConstraint(name = "L10N_TIMELINE_UQ",
        columnNames = { "POLICY_KEY", "POLICY_VERSION", "REGION_CODE" }))
public class TimelineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "POLICY_KEY", length = 100, nullable = false)
    private String policyKey;

    @Column(name = "POLICY_VERSION", length = 40, nullable = false)
    private String policyVersion;

    @Column(name = "REGION_CODE", length = 16, nullable = false)
    private String region;

    @Column(name = "TRANSLATION_DUE")
    private LocalDate translationDue;

    @Column(name = "TRANSLATION_DONE")
    private LocalDate translationDone;

    @Column(name = "TRAINING_DUE")
    private LocalDate trainingDue;

    @Column(name = "TRAINING_DONE")
    private LocalDate trainingDone;

    @Column(name = "ENFORCEMENT_START")
    private LocalDate enforcementStart;

    @Column(name = "ENFORCEMENT_STARTED")
    private LocalDate enforcementStarted;

    @Column(name = "NOTE", length = 1000)
    private String note;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long version;

    protected TimelineEntity() {
        // for JPA
    }

    /** The editable content of a timeline, validated already. */
    public record Content(String policyKey, String policyVersion, String region, LocalDate translationDue,
            LocalDate translationDone, LocalDate trainingDue, LocalDate trainingDone, LocalDate enforcementStart,
            LocalDate enforcementStarted, String note) {
    }

    public TimelineEntity(Content c) {
        apply(c);
    }

    public void apply(Content c) {
        policyKey = c.policyKey();
        policyVersion = c.policyVersion();
        region = c.region();
        translationDue = c.translationDue();
        translationDone = c.translationDone();
        trainingDue = c.trainingDue();
        trainingDone = c.trainingDone();
        enforcementStart = c.enforcementStart();
        enforcementStarted = c.enforcementStarted();
        note = c.note();
    }

    public Content content() {
        return new Content(policyKey, policyVersion, region, translationDue, translationDone, trainingDue, trainingDone,
                enforcementStart, enforcementStarted, note);
    }

    public Long getId() {
        return id;
    }

    public String getRegion() {
        return region;
    }

    public long getVersion() {
        return version;
    }
}
