package org.policyops.launches.internal.service;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.LaunchView;
import org.policyops.api.launches.ComplianceRuntime;
import org.policyops.api.launches.IntegrationInfo;
import org.policyops.api.launches.LaunchSummary;
import org.policyops.api.launches.ReadinessReport;
import org.policyops.api.launches.RuleInfo;
import org.policyops.launches.internal.runtime.IntegrationDispatcher;
import org.policyops.launches.internal.runtime.ReadinessEvaluator;
import org.policyops.launches.internal.runtime.RuleRegistry;

/**
 * The compliance runtime as a service for consoles, the plugin inventory and reports: the rules and integrations
 * plugins registered, and readiness evaluations (which, like {@code GET /api/launches/{id}/readiness}, record the
 * region's readiness and post READINESS_CHANGED when it changed).
 */
@Component(service = { ComplianceRuntime.class, ComplianceRuntimeService.class })
public class ComplianceRuntimeService implements ComplianceRuntime {

    private final RuleRegistry registry;
    private final ReadinessEvaluator evaluator;
    private final IntegrationDispatcher dispatcher;
    private final LaunchService launches;
    private final ReadinessRecorder recorder;

    @Activate
    public ComplianceRuntimeService(@Reference RuleRegistry registry, @Reference ReadinessEvaluator evaluator,
            @Reference IntegrationDispatcher dispatcher, @Reference LaunchService launches,
            @Reference ReadinessRecorder recorder) {
        this.registry = registry;
        this.evaluator = evaluator;
        this.dispatcher = dispatcher;
        this.launches = launches;
        this.recorder = recorder;
    }

    @Override
    public List<RuleInfo> rules() {
        return registry.rules().stream().map(r -> r.info(evaluator.isShadow(r.id()))).toList();
    }

    @Override
    public List<IntegrationInfo> integrations() {
        return dispatcher.integrations();
    }

    @Override
    public Optional<ReadinessReport> readiness(long launchId, RegionCode region) {
        return launches.view(launchId).map(view -> evaluate(view, region));
    }

    /**
     * Evaluates and records the readiness of a launch already read.
     *
     * @throws IllegalArgumentException when the launch has no such region
     */
    public ReadinessReport evaluate(LaunchView view, RegionCode region) {
        return evaluate(view, region, registry.snapshot());
    }

    /** As above, against the rules of the snapshot given. */
    public ReadinessReport evaluate(LaunchView view, RegionCode region, RuleRegistry.Snapshot rules) {
        ReadinessReport report = evaluator.evaluate(view, region, rules);
        recorder.record(report);
        return report;
    }

    @Override
    public List<LaunchSummary> launches(int limit) {
        return launches.summaries(limit);
    }

    /** Rule registrations that take no part, and why (for the inventory and the REST rule list). */
    public List<RuleRegistry.Refused> refusedRules() {
        return registry.refused();
    }

    public ReadinessEvaluator evaluator() {
        return evaluator;
    }
}
