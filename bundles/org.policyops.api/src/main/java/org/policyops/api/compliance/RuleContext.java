package org.policyops.api.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;
import org.policyops.api.RegionCode;
import org.policyops.api.localization.RequirementCatalog;
import org.policyops.api.localization.TranslationStatus;
import org.policyops.api.planning.PolicyCatalog;
import org.policyops.api.training.TrainingCoverage;

/**
 * What a rule sees when it evaluates a launch in one region: a read-only view of the launch and, when the features
 * that offer them are installed, the other domains' API services. An empty optional means the feature is not
 * installed; the rule should then say so, usually with {@link RuleResult#notApplicable(String)}.
 */
@ProviderType
public interface RuleContext {

    LaunchView launch();

    /** The launch region being evaluated. */
    RegionCode region();

    /** The launch's entry for {@link #region()}. */
    LaunchRegionView launchRegion();

    /** When this evaluation started; use it rather than the clock so that all rules judge the same moment. */
    Instant now();

    /** Training coverage and proficiency, when the training feature is installed. */
    Optional<TrainingCoverage> trainingCoverage();

    /** Translation readiness of content per region, when the localization feature is installed. */
    Optional<TranslationStatus> translationStatus();

    /** The catalog of regional compliance requirements, when the localization feature is installed. */
    Optional<RequirementCatalog> requirements();

    /** The policy catalog, when the planning feature is installed. */
    Optional<PolicyCatalog> policyCatalog();

    /**
     * Any other PolicyOps API service (for example one from a feature newer than this interface), or empty when no
     * such service is registered.
     */
    <S> Optional<S> service(Class<S> type);

    /**
     * The named region groups {@link #region()} belongs to (e.g. {@code EU} for {@code FR}), from the localization
     * feature's regions when it is installed; empty without it. A rule registered for a group applies to launch
     * regions that are its members. Since 1.1.
     */
    default Set<RegionCode> regionGroups() {
        return Set.of();
    }

    /**
     * The launch's evidence for {@link #region()} (or for one of its {@link #regionGroups() groups}) that covers the
     * launch's policy version (or the policy as a whole), for one requirement, or for all when
     * {@code requirementId} is null. Since 1.1.
     */
    default List<EvidenceView> evidence(String requirementId) {
        Set<RegionCode> groups = regionGroups();
        String version = launch().policyVersion();
        return launch().evidence().stream()
                .filter(e -> e.region() != null && (e.region().equals(region()) || groups.contains(e.region())))
                .filter(e -> e.policyVersion() == null || e.policyVersion().equals(version))
                .filter(e -> requirementId == null || requirementId.equals(e.requirementId()))
                .toList();
    }

    /**
     * The region's time zone, working week and public holidays (from the localization feature's regions and
     * planning's holidays when installed); defaults flagged as unknown otherwise ({@link RegionCalendar#weekKnown()},
     * {@link RegionCalendar#holidaysKnown()}). The holidays cover at least the year before {@link #now()} to the year
     * after the region's target date. Since 1.2.
     */
    default RegionCalendar calendar() {
        LocalDate target = launchRegion() == null ? null : launchRegion().targetDate();
        return RegionCalendar.unknown(region(), target != null ? target : LocalDate.ofInstant(now(), ZoneOffset.UTC));
    }
}
