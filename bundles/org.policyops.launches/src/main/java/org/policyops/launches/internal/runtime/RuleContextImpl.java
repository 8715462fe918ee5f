package org.policyops.launches.internal.runtime;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.policyops.api.RegionCode;
import org.policyops.api.compliance.LaunchRegionView;
import org.policyops.api.compliance.LaunchView;
import org.policyops.api.compliance.RegionCalendar;
import org.policyops.api.compliance.RuleContext;
import org.policyops.api.localization.RequirementCatalog;
import org.policyops.api.localization.TranslationStatus;
import org.policyops.api.planning.PolicyCatalog;
import org.policyops.api.training.TrainingCoverage;

/** What a rule sees for one launch region: the launch, the moment of the evaluation and the optional services. */
final class RuleContextImpl implements RuleContext {

    private final LaunchView launch;
    private final LaunchRegionView launchRegion;
    private final Instant now;
    private final ServiceLookup services;
    private final Set<RegionCode> groups;
    /** Null outside the evaluator (tests): the API's default, all unknown. */
    private final Supplier<RegionCalendar> calendar;

    RuleContextImpl(LaunchView launch, LaunchRegionView launchRegion, Instant now, ServiceLookup services) {
        this(launch, launchRegion, now, services, Set.of());
    }

    RuleContextImpl(LaunchView launch, LaunchRegionView launchRegion, Instant now, ServiceLookup services,
            Set<RegionCode> groups) {
        this(launch, launchRegion, now, services, groups, null);
    }

    RuleContextImpl(LaunchView launch, LaunchRegionView launchRegion, Instant now, ServiceLookup services,
            Set<RegionCode> groups, Supplier<RegionCalendar> calendar) {
        this.calendar = calendar;
        this.launch = launch;
        this.launchRegion = launchRegion;
        this.now = now;
        this.services = services;
        this.groups = Set.copyOf(groups);
    }

    @Override
    public Set<RegionCode> regionGroups() {
        return groups;
    }

    @Override
    public RegionCalendar calendar() {
        return calendar == null ? RuleContext.super.calendar() : calendar.get();
    }

    @Override
    public LaunchView launch() {
        return launch;
    }

    @Override
    public RegionCode region() {
        return launchRegion.region();
    }

    @Override
    public LaunchRegionView launchRegion() {
        return launchRegion;
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public Optional<TrainingCoverage> trainingCoverage() {
        return services.find(TrainingCoverage.class);
    }

    @Override
    public Optional<TranslationStatus> translationStatus() {
        return services.find(TranslationStatus.class);
    }

    @Override
    public Optional<RequirementCatalog> requirements() {
        return services.find(RequirementCatalog.class);
    }

    @Override
    public Optional<PolicyCatalog> policyCatalog() {
        return services.find(PolicyCatalog.class);
    }

    @Override
    public <S> Optional<S> service(Class<S> type) {
        if (type == null) {
            return Optional.empty();
        }
        return services.find(type);
    }

    @Override
    public String toString() {
        return "launch " + launch.id() + " in " + launchRegion.region();
    }
}
