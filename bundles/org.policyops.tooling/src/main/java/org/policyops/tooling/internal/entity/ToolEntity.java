package org.policyops.tooling.internal.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * A tool, platform, AI model or integration in the registry, by its key. Its status changes are kept as
 * {@link StatusChange} rows; a tool a plugin provides names the plugin and, once the plugin is removed, when it went.
 */
@Entity
@Table(name = "TOOLING_TOOL")
public class ToolEntity {

    public static final int MAX_KEY = 64;
    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_TEAM = 100;
    public static final int MAX_URL = 500;
    public static final int MAX_ITEMS = 100;

    /** The tool's key; named id so that paged queries can order by it last. */
    @Id
    @Column(name = "TOOL_KEY", length = MAX_KEY)
    private String id;

    @Column(name = "NAME", length = MAX_NAME, nullable = false)
    private String name;

    @Column(name = "KIND", length = 16, nullable = false)
    private String kind;

    @Column(name = "DESCRIPTION", length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "OWNER_TEAM", length = MAX_TEAM, nullable = false)
    private String ownerTeam;

    @Column(name = "STATUS", length = 16, nullable = false)
    private String status;

    /** When the tool entered its current status (epoch millis). */
    @Column(name = "STATUS_SINCE", nullable = false)
    private long statusSince;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "TOOLING_TOOL_STAGE", joinColumns = @JoinColumn(name = "TOOL_KEY"))
    @OrderColumn(name = "STAGE_POSITION")
    @Column(name = "STAGE", length = 16, nullable = false)
    private List<String> stages = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "TOOLING_TOOL_REGION", joinColumns = @JoinColumn(name = "TOOL_KEY"))
    @OrderColumn(name = "REGION_POSITION")
    @Column(name = "REGION_CODE", length = 16, nullable = false)
    private List<String> regions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "TOOLING_TOOL_LOCALE", joinColumns = @JoinColumn(name = "TOOL_KEY"))
    @OrderColumn(name = "LOCALE_POSITION")
    @Column(name = "LOCALE_TAG", length = 35, nullable = false)
    private List<String> locales = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "TOOLING_TOOL_POLICY", joinColumns = @JoinColumn(name = "TOOL_KEY"))
    @OrderColumn(name = "POLICY_POSITION")
    @Column(name = "POLICY_KEY", length = 100, nullable = false)
    private List<String> policies = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "TOOLING_TOOL_DEPENDENCY", joinColumns = @JoinColumn(name = "TOOL_KEY"))
    @OrderColumn(name = "DEPENDENCY_POSITION")
    @Column(name = "DEPENDS_ON", length = MAX_KEY, nullable = false)
    private List<String> dependsOn = new ArrayList<>();

    @Column(name = "DOCS_URL", length = MAX_URL)
    private String docsUrl;

    @Column(name = "RUNBOOK_URL", length = MAX_URL)
    private String runbookUrl;

    @Column(name = "SUPPORT_CHANNEL", length = MAX_URL)
    private String supportChannel;

    /** The plugin that contributes the tool; null for a tool entered in the registry. */
    @Column(name = "PROVIDED_BY", length = 200)
    private String providedBy;

    /** When the providing plugin was removed (epoch millis); null while it is installed. */
    @Column(name = "PROVIDER_GONE_AT")
    private Long providerGoneAt;

    /** An AI model's evaluation thresholds; null is no requirement. */
    @Column(name = "MIN_PRECISION")
    private Double minPrecision;

    @Column(name = "MIN_RECALL")
    private Double minRecall;

    @Column(name = "MIN_KAPPA")
    private Double minKappa;

    /**
     * The policy versions an AI model must be evaluated on again, as {@code policy@version}: planning created them
     * after the model was evaluated; a passing evaluation on the version clears it.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "TOOLING_TOOL_REEVALUATION", joinColumns = @JoinColumn(name = "TOOL_KEY"))
    @OrderColumn(name = "REEVALUATION_POSITION")
    @Column(name = "POLICY_VERSION", length = 140, nullable = false)
    private List<String> reevaluations = new ArrayList<>();

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long version;

    /** The editable fields, validated and normalised. */
    public record Content(String name, String kind, String description, List<String> stages, String ownerTeam,
            List<String> regions, List<String> locales, List<String> policies, String docsUrl, String runbookUrl,
            String supportChannel, List<String> dependsOn) {
    }

    protected ToolEntity() {
        // for JPA
    }

    public ToolEntity(String key, String status, long now) {
        this.id = key;
        this.status = status;
        this.statusSince = now;
        this.createdAt = now;
    }

    public void apply(Content c) {
        name = c.name();
        kind = c.kind();
        description = c.description();
        replace(stages, c.stages());
        ownerTeam = c.ownerTeam();
        replace(regions, c.regions());
        replace(locales, c.locales());
        replace(policies, c.policies());
        docsUrl = c.docsUrl();
        runbookUrl = c.runbookUrl();
        supportChannel = c.supportChannel();
        replace(dependsOn, c.dependsOn());
    }

    private static void replace(List<String> target, List<String> values) {
        if (!target.equals(values)) {
            target.clear();
            target.addAll(values);
        }
    }

    public Content content() {
        return new Content(name, kind, description, List.copyOf(stages), ownerTeam, List.copyOf(regions),
                List.copyOf(locales), List.copyOf(policies), docsUrl, runbookUrl, supportChannel, List.copyOf(dependsOn));
    }

    public void moveTo(String status, long at) {
        this.status = status;
        this.statusSince = at;
    }

    public void provide(String plugin) {
        this.providedBy = plugin;
        this.providerGoneAt = null;
    }

    public void providerGone(long at) {
        this.providerGoneAt = at;
    }

    /** The plugin that holds the tool now, or null when anyone with the role may change it. */
    public String lockedBy() {
        return providedBy != null && providerGoneAt == null ? providedBy : null;
    }

    public void thresholds(Double precision, Double recall, Double kappa) {
        this.minPrecision = precision;
        this.minRecall = recall;
        this.minKappa = kappa;
    }

    /** @return false when the version was required already */
    public boolean requireReevaluation(String policyVersion) {
        if (reevaluations.contains(policyVersion)) {
            return false;
        }
        reevaluations.add(policyVersion);
        return true;
    }

    /** Clears the re-evaluations of a policy up to and including the version evaluated. */
    public void evaluated(java.util.function.Predicate<String> covered) {
        reevaluations.removeIf(covered);
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

    public List<String> getReevaluations() {
        return Collections.unmodifiableList(reevaluations);
    }

    public String getKey() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public String getOwnerTeam() {
        return ownerTeam;
    }

    public String getStatus() {
        return status;
    }

    public long getStatusSince() {
        return statusSince;
    }

    public List<String> getStages() {
        return Collections.unmodifiableList(stages);
    }

    public List<String> getRegions() {
        return Collections.unmodifiableList(regions);
    }

    public List<String> getLocales() {
        return Collections.unmodifiableList(locales);
    }

    public List<String> getPolicies() {
        return Collections.unmodifiableList(policies);
    }

    public List<String> getDependsOn() {
        return Collections.unmodifiableList(dependsOn);
    }

    public String getDocsUrl() {
        return docsUrl;
    }

    public String getRunbookUrl() {
        return runbookUrl;
    }

    public String getSupportChannel() {
        return supportChannel;
    }

    public String getProvidedBy() {
        return providedBy;
    }

    public Long getProviderGoneAt() {
        return providerGoneAt;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
