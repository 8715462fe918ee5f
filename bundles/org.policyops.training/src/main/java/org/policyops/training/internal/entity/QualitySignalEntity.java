package org.policyops.training.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

/**
 * QA results of one policy in one region for one month: how many decisions were sampled, how many violations
 * were missed (leakage) and how many were actioned wrongly (over-enforcement). One row per policy × region × period.
 */
@Entity
@Table(name = "TRAINING_QUALITY_SIGNAL", uniqueConstraints = @UniqueConstraint(name = "TRAINING_QUALITY_UQ",
        columnNames = { "POLICY_KEY", "REGION_CODE", "PERIOD" }))
public class QualitySignalEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "POLICY_KEY", length = 64, nullable = false)
    private String policyKey;

    @Column(name = "REGION_CODE", length = 16, nullable = false)
    private String region;

    /** The month, {@code YYYY-MM}. */
    @Column(name = "PERIOD", length = 7, nullable = false)
    private String period;

    @Column(name = "SAMPLE_SIZE", nullable = false)
    private int sampleSize;

    @Column(name = "MISSED_VIOLATIONS", nullable = false)
    private int missedViolations;

    @Column(name = "WRONG_ACTIONS", nullable = false)
    private int wrongActions;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long version;

    protected QualitySignalEntity() {
        // for JPA
    }

    public QualitySignalEntity(String policyKey, String region, String period) {
        this.policyKey = policyKey;
        this.region = region;
        this.period = period;
    }

    public void apply(int sample, int missed, int wrong) {
        sampleSize = sample;
        missedViolations = missed;
        wrongActions = wrong;
    }

    public Long getId() { return id; }
    public String getPolicyKey() { return policyKey; }
    public String getRegion() { return region; }
    public String getPeriod() { return period; }
    public int getSampleSize() { return sampleSize; }
    public int getMissedViolations() { return missedViolations; }
    public int getWrongActions() { return wrongActions; }
    public long getVersion() { return version; }
}
