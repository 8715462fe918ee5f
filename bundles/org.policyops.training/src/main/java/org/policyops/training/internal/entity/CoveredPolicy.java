package org.policyops.training.internal.entity;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/**
 * One policy a course teaches, by key, and the policy version the course was written for (null: whatever version
 * is current when someone passes). The major is kept beside the version so that SQL can group and compare on it.
 */
@Embeddable
public class CoveredPolicy {

    @Column(name = "POLICY_KEY", length = 64, nullable = false)
    private String policyKey;

    @Column(name = "POLICY_VERSION", length = 20)
    private String policyVersion;

    @Column(name = "POLICY_MAJOR")
    private Integer policyMajor;

    protected CoveredPolicy() {
        // for JPA
    }

    public CoveredPolicy(String policyKey, String policyVersion, Integer policyMajor) {
        this.policyKey = policyKey;
        this.policyVersion = policyVersion;
        this.policyMajor = policyMajor;
    }

    public String getPolicyKey() { return policyKey; }
    public String getPolicyVersion() { return policyVersion; }
    public Integer getPolicyMajor() { return policyMajor; }
}
