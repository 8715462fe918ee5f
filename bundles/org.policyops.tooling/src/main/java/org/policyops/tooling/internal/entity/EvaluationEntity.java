package org.policyops.tooling.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * One evaluation run of an AI model on a golden set for a policy version and locale: the confusion matrix against
 * QA reviewers' labels, the measures computed from it, the thresholds in force and whether they were met.
 */
@Entity
@Table(name = "TOOLING_EVALUATION", indexes = @Index(name = "TOOLING_EVALUATION_TOOL", columnList = "TOOL_KEY, POLICY_KEY, POLICY_VERSION"))
public class EvaluationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "TOOL_KEY", length = ToolEntity.MAX_KEY, nullable = false)
    private String toolKey;

    @Column(name = "POLICY_KEY", length = 100, nullable = false)
    private String policyKey;

    @Column(name = "POLICY_VERSION", length = 40, nullable = false)
    private String policyVersion;

    @Column(name = "LOCALE_TAG", length = 35, nullable = false)
    private String locale;

    @Column(name = "TRUE_POSITIVES", nullable = false)
    private long truePositives;

    @Column(name = "FALSE_POSITIVES", nullable = false)
    private long falsePositives;

    @Column(name = "FALSE_NEGATIVES", nullable = false)
    private long falseNegatives;

    @Column(name = "TRUE_NEGATIVES", nullable = false)
    private long trueNegatives;

    @Column(name = "PRECISION_VALUE")
    private Double precision;

    @Column(name = "RECALL_VALUE")
    private Double recall;

    @Column(name = "KAPPA_VALUE")
    private Double kappa;

    @Column(name = "MIN_PRECISION")
    private Double minPrecision;

    @Column(name = "MIN_RECALL")
    private Double minRecall;

    @Column(name = "MIN_KAPPA")
    private Double minKappa;

    @Column(name = "PASSED", nullable = false)
    private boolean passed;

    @Column(name = "RAN_BY", length = 200, nullable = false)
    private String ranBy;

    /** When the run was made (epoch millis). */
    @Column(name = "RAN_AT", nullable = false)
    private long ranAt;

    protected EvaluationEntity() {
        // for JPA
    }

    public EvaluationEntity(String toolKey, String policyKey, String policyVersion, String locale, long[] counts,
            Double[] measures, Double[] thresholds, boolean passed, String ranBy, long ranAt) {
        this.toolKey = toolKey;
        this.policyKey = policyKey;
        this.policyVersion = policyVersion;
        this.locale = locale;
        this.truePositives = counts[0];
        this.falsePositives = counts[1];
        this.falseNegatives = counts[2];
        this.trueNegatives = counts[3];
        this.precision = measures[0];
        this.recall = measures[1];
        this.kappa = measures[2];
        this.minPrecision = thresholds[0];
        this.minRecall = thresholds[1];
        this.minKappa = thresholds[2];
        this.passed = passed;
        this.ranBy = ranBy;
        this.ranAt = ranAt;
    }

    public Long getId() {
        return id;
    }

    public String getToolKey() {
        return toolKey;
    }

    public String getPolicyKey() {
        return policyKey;
    }

    public String getPolicyVersion() {
        return policyVersion;
    }

    public String getLocale() {
        return locale;
    }

    public long getTruePositives() {
        return truePositives;
    }

    public long getFalsePositives() {
        return falsePositives;
    }

    public long getFalseNegatives() {
        return falseNegatives;
    }

    public long getTrueNegatives() {
        return trueNegatives;
    }

    public Double getPrecision() {
        return precision;
    }

    public Double getRecall() {
        return recall;
    }

    public Double getKappa() {
        return kappa;
    }

    public Double getMinPrecision() {
        return minPrecision;
    }

    public Double getMinRecall() {
        return minRecall;
    }

    public Double getMinKappa() {
        return minKappa;
    }

    public boolean isPassed() {
        return passed;
    }

    public String getRanBy() {
        return ranBy;
    }

    public long getRanAt() {
        return ranAt;
    }
}
