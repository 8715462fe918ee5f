package org.policyops.api.launches;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.policyops.api.RegionCode;

/**
 * The compliance runtime as the launches feature runs it: the rules and integrations that plugins registered, and
 * readiness evaluations. Read-only; for consoles, the plugin inventory and reports.
 */
@ProviderType
public interface ComplianceRuntime {

    /** Every registered rule, by id. */
    List<RuleInfo> rules();

    /** Every registered integration with its delivery counts, by id. */
    List<IntegrationInfo> integrations();

    /**
     * Evaluates every applicable rule for the launch, in one region or (with null) in all its regions.
     *
     * @return empty when there is no such launch
     * @throws IllegalArgumentException when the launch has no such region
     */
    Optional<ReadinessReport> readiness(long launchId, RegionCode region);

    /** The most recently created launches, newest first, at most {@code limit}. */
    List<LaunchSummary> launches(int limit);
}
