package org.policyops.metrics.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * The target, thresholds and owner an administrator set for a KPI instead of its provider's defaults. A KPI without a
 * row uses the defaults; its ETag is then "-1".
 */
@Entity
@Table(name = "METRICS_KPI")
public class KpiEntity {

    @Id
    @Column(name = "KPI_ID", length = 100)
    private String id;

    @Column(name = "TARGET_VALUE", nullable = false)
    private double target;

    @Column(name = "WARNING_VALUE", nullable = false)
    private double warning;

    @Column(name = "CRITICAL_VALUE", nullable = false)
    private double critical;

    @Column(name = "OWNER_TEAM", length = 200)
    private String owner;

    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

    @Column(name = "UPDATED_BY", length = 200, nullable = false)
    private String updatedBy;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long version;

    protected KpiEntity() {
        // for JPA
    }

    public KpiEntity(String id) {
        this.id = id;
    }

    public void apply(double target, double warning, double critical, String owner, String by, long at) {
        this.target = target;
        this.warning = warning;
        this.critical = critical;
        this.owner = owner;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String getId() {
        return id;
    }

    public double getTarget() {
        return target;
    }

    public double getWarning() {
        return warning;
    }

    public double getCritical() {
        return critical;
    }

    public String getOwner() {
        return owner;
    }

    public long getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
