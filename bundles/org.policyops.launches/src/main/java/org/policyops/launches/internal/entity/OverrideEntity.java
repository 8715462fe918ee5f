package org.policyops.launches.internal.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
import javax.persistence.OrderColumn;
import javax.persistence.Table;

/**
 * An administrator's override: a region approved although its readiness was NO_GO. Kept for audit with who, when,
 * why, and the rules that blocked at that moment; never changed or deleted.
 */
@Entity
@Table(name = "LAUNCH_OVERRIDE", indexes = @Index(name = "LAUNCH_OVERRIDE_LAUNCH_IX", columnList = "LAUNCH_ID"))
public class OverrideEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "LAUNCH_ID", nullable = false, updatable = false)
    private long launchId;

    @Column(name = "REGION", length = 16, nullable = false, updatable = false)
    private String region;

    @Column(name = "POLICY_KEY", length = 64, nullable = false, updatable = false)
    private String policyKey;

    @Column(name = "POLICY_VERSION", length = 24, nullable = false, updatable = false)
    private String policyVersion;

    @Column(name = "OVERRIDDEN_BY", length = 200, nullable = false, updatable = false)
    private String overriddenBy;

    @Column(name = "OVERRIDDEN_AT", nullable = false, updatable = false)
    private Instant overriddenAt;

    @Column(name = "REASON", length = 2000, nullable = false, updatable = false)
    private String reason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "LAUNCH_OVERRIDE_RULE", joinColumns = @JoinColumn(name = "OVERRIDE_ID"))
    @OrderColumn(name = "POSITION_NO")
    private List<OverriddenRule> blockingRules = new ArrayList<>();

    protected OverrideEntity() {
        // for JPA
    }

    public OverrideEntity(long launchId, String region, String policyKey, String policyVersion, String by, Instant at,
            String reason, List<OverriddenRule> blockingRules) {
        this.launchId = launchId;
        this.region = region;
        this.policyKey = policyKey;
        this.policyVersion = policyVersion;
        this.overriddenBy = by;
        this.overriddenAt = at;
        this.reason = reason;
        this.blockingRules.addAll(blockingRules);
    }

    public Long getId() {
        return id;
    }

    public long getLaunchId() {
        return launchId;
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

    public String getOverriddenBy() {
        return overriddenBy;
    }

    public Instant getOverriddenAt() {
        return overriddenAt;
    }

    public String getReason() {
        return reason;
    }

    public List<OverriddenRule> getBlockingRules() {
        return Collections.unmodifiableList(blockingRules);
    }
}
