package org.policyops.planning.internal.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.Version;

import org.policyops.planning.internal.domain.InitiativeStatus;
import org.policyops.planning.internal.domain.InitiativeType;
import org.policyops.planning.internal.domain.Quarter;
import org.policyops.planning.internal.domain.RiskLevel;

/**
 * An initiative of the planning portfolio, with what prioritisation needs: RICE (reach, impact, confidence, effort),
 * WSJF (business value, time criticality, risk reduction; optional) and risk (risk level, regulatory deadline). It names its policy by key rather than by foreign key: keys never change, and a policy that
 * initiatives name cannot be deleted.
 */
@Entity
@Table(name = "PLANNING_INITIATIVE", indexes = {
        @Index(name = "PLANNING_INITIATIVE_POLICY_IX", columnList = "POLICY_KEY"),
        @Index(name = "PLANNING_INITIATIVE_QUARTER_IX", columnList = "TARGET_QUARTER") })
public class InitiativeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "TITLE", length = 200, nullable = false)
    private String title;

    @Column(name = "POLICY_KEY", length = 64)
    private String policyKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "INITIATIVE_TYPE", length = 30, nullable = false)
    private InitiativeType type;

    @ElementCollection
    @CollectionTable(name = "PLANNING_INITIATIVE_LOB", joinColumns = @JoinColumn(name = "INITIATIVE_ID"))
    @Column(name = "LOB", length = 50, nullable = false)
    @OrderBy
    private List<String> linesOfBusiness = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "PLANNING_INITIATIVE_REGION", joinColumns = @JoinColumn(name = "INITIATIVE_ID"))
    @Column(name = "REGION_CODE", length = 16, nullable = false)
    @OrderBy
    private List<String> regions = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "RISK_LEVEL", length = 20, nullable = false)
    private RiskLevel riskLevel;

    /** The risk level's position, so that sorting by risk puts CRITICAL above HIGH rather than in alphabetical order. */
    @Column(name = "RISK_RANK", nullable = false)
    private int riskRank;

    @Column(name = "REACH", nullable = false)
    private long reach;

    @Column(name = "IMPACT_SCORE", nullable = false)
    private double impact;

    @Column(name = "CONFIDENCE", nullable = false)
    private double confidence;

    @Column(name = "EFFORT_WEEKS", nullable = false)
    private double effortWeeks;

    /** {@code YYYY-Qn}, which sorts chronologically as text. */
    @Column(name = "TARGET_QUARTER", length = 7, nullable = false)
    private String targetQuarter;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 20, nullable = false)
    private InitiativeStatus status;

    /** The status's position in the workflow, for sorting in workflow order. */
    @Column(name = "STATUS_RANK", nullable = false)
    private int statusRank;

    @Column(name = "OWNING_TEAM", length = 100)
    private String owningTeam;

    /** WSJF business value, 1..10; null when not estimated (and in rows stored before the column existed). */
    @Column(name = "BUSINESS_VALUE")
    private Integer businessValue;

    /** WSJF time criticality, 1..10, or null. */
    @Column(name = "TIME_CRITICALITY")
    private Integer timeCriticality;

    /** WSJF risk reduction / opportunity enablement, 1..10, or null. */
    @Column(name = "RISK_REDUCTION")
    private Integer riskReduction;

    /** The date a regulation requires the initiative done by, or null. */
    @Column(name = "REGULATORY_DEADLINE")
    private LocalDate regulatoryDeadline;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", length = 200, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long version;

    protected InitiativeEntity() {
        // for JPA
    }

    public InitiativeEntity(String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The editable content of an initiative, already validated and normalised. */
    public record Content(String title, String policyKey, InitiativeType type, List<String> linesOfBusiness,
            List<String> regions, RiskLevel riskLevel, long reach, double impact, double confidence, double effortWeeks,
            Quarter targetQuarter, InitiativeStatus status, String owningTeam, Integer businessValue,
            Integer timeCriticality, Integer riskReduction, LocalDate regulatoryDeadline) {
    }

    /** Replaces all editable fields. */
    public void apply(Content c, Instant now) {
        title = c.title();
        policyKey = c.policyKey();
        type = c.type();
        replace(linesOfBusiness, c.linesOfBusiness());
        replace(regions, c.regions());
        riskLevel = c.riskLevel();
        riskRank = c.riskLevel().ordinal();
        reach = c.reach();
        impact = c.impact();
        confidence = c.confidence();
        effortWeeks = c.effortWeeks();
        targetQuarter = c.targetQuarter().toString();
        status = c.status();
        statusRank = c.status().ordinal();
        owningTeam = c.owningTeam();
        businessValue = c.businessValue();
        timeCriticality = c.timeCriticality();
        riskReduction = c.riskReduction();
        regulatoryDeadline = c.regulatoryDeadline();
        updatedAt = now;
    }

    private static void replace(List<String> target, List<String> values) {
        // Only touch the collection when it really changes, so an unchanged list is not rewritten row by row.
        if (!target.equals(values)) {
            target.clear();
            target.addAll(values);
        }
    }

    /** The RICE score: reach × impact × confidence ÷ effort in person-weeks. */
    public double riceScore() {
        return reach * impact * confidence / effortWeeks;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getPolicyKey() {
        return policyKey;
    }

    public InitiativeType getType() {
        return type;
    }

    public List<String> getLinesOfBusiness() {
        return Collections.unmodifiableList(linesOfBusiness);
    }

    public List<String> getRegions() {
        return Collections.unmodifiableList(regions);
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public long getReach() {
        return reach;
    }

    public double getImpact() {
        return impact;
    }

    public double getConfidence() {
        return confidence;
    }

    public double getEffortWeeks() {
        return effortWeeks;
    }

    public Quarter getTargetQuarter() {
        return Quarter.parse(targetQuarter);
    }

    public InitiativeStatus getStatus() {
        return status;
    }

    public String getOwningTeam() {
        return owningTeam;
    }

    public Integer getBusinessValue() {
        return businessValue;
    }

    public Integer getTimeCriticality() {
        return timeCriticality;
    }

    public Integer getRiskReduction() {
        return riskReduction;
    }

    public LocalDate getRegulatoryDeadline() {
        return regulatoryDeadline;
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

    /** The optimistic-lock version, which is the initiative's ETag. */
    public long getVersion() {
        return version;
    }
}
