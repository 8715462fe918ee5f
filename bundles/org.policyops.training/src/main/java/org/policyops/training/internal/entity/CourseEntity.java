package org.policyops.training.internal.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

/**
 * A course: what it teaches (one or more policies, each by key with the policy version it was written for), how (modality,
 * duration, locales), and what passing it grants (pass threshold, validity of the certification). A
 * train-the-trainer course names the course its graduates may teach in {@code forCourse}.
 */
@Entity
@Table(name = "TRAINING_COURSE", uniqueConstraints = @UniqueConstraint(name = "TRAINING_COURSE_CODE_UQ", columnNames = "CODE"))
public class CourseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CODE", length = 64, nullable = false)
    private String code;

    @Column(name = "TITLE", length = 200, nullable = false)
    private String title;

    /**
     * Listed by key; a policy appears at most once (the request refuses duplicates). No unique key on the table: an
     * update rewrites the rows, and a constraint would only add an order in which that can fail.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "TRAINING_COURSE_POLICY", joinColumns = @JoinColumn(name = "COURSE_ID"),
            indexes = @Index(name = "TRAINING_COURSE_POLICY_IX", columnList = "POLICY_KEY,POLICY_MAJOR"))
    @OrderBy("policyKey ASC")
    private List<CoveredPolicy> policies = new ArrayList<>();

    @Column(name = "MODALITY", length = 24, nullable = false)
    private String modality;

    @Column(name = "DURATION_MINUTES", nullable = false)
    private int durationMinutes;

    /** BCP 47 tags joined with ';'. */
    @Column(name = "LOCALES", length = 400)
    private String locales;

    @Column(name = "PASS_THRESHOLD", nullable = false)
    private double passThreshold;

    @Column(name = "VALIDITY_DAYS", nullable = false)
    private int validityDays;

    @Column(name = "FOR_COURSE", length = 64)
    private String forCourse;

    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long version;

    protected CourseEntity() {
        // for JPA
    }

    public CourseEntity(String code) {
        this.code = code;
    }

    /** Validated editable fields. */
    public record Content(String title, List<CoveredPolicy> policies, String modality,
            int durationMinutes, String locales, double passThreshold, int validityDays, String forCourse) {
    }

    public void apply(Content c, long now) {
        title = c.title();
        policies.clear();
        policies.addAll(c.policies());
        // As a reload lists them (@OrderBy), so a response does not depend on whether the entity was just written.
        policies.sort(Comparator.comparing(CoveredPolicy::getPolicyKey));
        modality = c.modality();
        durationMinutes = c.durationMinutes();
        locales = c.locales();
        passThreshold = c.passThreshold();
        validityDays = c.validityDays();
        forCourse = c.forCourse();
        updatedAt = now;
    }

    public boolean isTrainTheTrainer() {
        return forCourse != null;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public List<CoveredPolicy> getPolicies() { return List.copyOf(policies); }
    public String getModality() { return modality; }
    public int getDurationMinutes() { return durationMinutes; }
    public String getLocales() { return locales; }
    public double getPassThreshold() { return passThreshold; }
    public int getValidityDays() { return validityDays; }
    public String getForCourse() { return forCourse; }
    public long getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
