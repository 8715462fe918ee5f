package org.policyops.launches.internal.entity;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * Compliance evidence recorded for a policy in a region (a risk assessment, a legal review), exposed to rules
 * through {@code LaunchView.evidence()}. Evidence belongs to the policy, not to one launch, so every launch of the
 * policy sees it.
 */
@Entity
@Table(name = "LAUNCH_EVIDENCE", indexes = @Index(name = "LAUNCH_EVIDENCE_POLICY_IX", columnList = "POLICY_KEY"))
public class EvidenceEntity {

    /** What a record request sets, validated. */
    public record Content(String requirementId, String region, String policyKey, String policyVersion, String reference,
            String summary) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "REQUIREMENT_ID", length = 64, nullable = false)
    private String requirementId;

    @Column(name = "REGION", length = 16, nullable = false)
    private String region;

    @Column(name = "POLICY_KEY", length = 64, nullable = false)
    private String policyKey;

    @Column(name = "POLICY_VERSION", length = 24)
    private String policyVersion;

    @Column(name = "REFERENCE", length = 1000, nullable = false)
    private String reference;

    @Column(name = "SUMMARY", length = 2000)
    private String summary;

    @Column(name = "RECORDED_BY", length = 200, nullable = false)
    private String recordedBy;

    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long version;

    protected EvidenceEntity() {
        // for JPA
    }

    public EvidenceEntity(Content c, String by, Instant at) {
        this.requirementId = c.requirementId();
        this.region = c.region();
        this.policyKey = c.policyKey();
        this.policyVersion = c.policyVersion();
        this.reference = c.reference();
        this.summary = c.summary();
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getRequirementId() {
        return requirementId;
    }

    public String getRegion() {
        return region;
    }

    public String getPolicyKey() {
        return policyKey;
    }

    public String getPolicyVersion() {
        return policyVersion;
    }

    public String getReference() {
        return reference;
    }

    public String getSummary() {
        return summary;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
