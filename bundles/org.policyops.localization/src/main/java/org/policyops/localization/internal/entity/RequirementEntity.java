package org.policyops.localization.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.policyops.api.RegionCode;
import org.policyops.api.localization.RequirementInfo;

/** One regional compliance requirement of the catalog, e.g. {@code EU-DSA-17}. */
@Entity
@Table(name = "L10N_REQUIREMENT")
public class RequirementEntity {

    public static final int MAX_TEXT = 2000;

    @Id
    @Column(name = "ID", length = 50)
    private String id;

    @Column(name = "REGULATION", length = 300, nullable = false)
    private String regulation;

    @Column(name = "ARTICLE", length = 100, nullable = false)
    private String article;

    @Column(name = "REGION_CODE", length = 16, nullable = false)
    private String region;

    @Column(name = "TITLE", length = 300, nullable = false)
    private String title;

    @Column(name = "DEMANDS", length = MAX_TEXT, nullable = false)
    private String demands;

    @Column(name = "EVIDENCE", length = MAX_TEXT, nullable = false)
    private String evidenceExpected;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long version;

    protected RequirementEntity() {
        // for JPA
    }

    public RequirementEntity(String id) {
        this.id = id;
    }

    public void apply(RequirementInfo info) {
        regulation = info.regulation();
        article = info.article();
        region = info.region().value();
        title = info.title();
        demands = info.demands();
        evidenceExpected = info.evidenceExpected();
    }

    public RequirementInfo toInfo() {
        return new RequirementInfo(id, regulation, article, RegionCode.of(region), title, demands, evidenceExpected);
    }

    public String getId() {
        return id;
    }

    public String getRegion() {
        return region;
    }

    public long getVersion() {
        return version;
    }
}
