package org.policyops.api.launches;

import java.util.List;
import java.util.Set;

import org.policyops.api.RegionCode;
import org.policyops.api.compliance.Severity;

/**
 * A registered compliance rule as the runtime sees it.
 *
 * @param shadow true when the administrator put the rule in shadow mode (evaluated and reported, never blocking)
 * @param bundleId the plugin bundle that registered it
 * @param plugin that bundle's symbolic name
 * @param pluginVersion that bundle's version
 */
public record RuleInfo(String id, String title, String description, Severity severity, Set<RegionCode> regions,
        List<String> requirements, boolean shadow, long bundleId, String plugin, String pluginVersion) {

    public RuleInfo {
        regions = Set.copyOf(regions);
        requirements = List.copyOf(requirements);
    }
}
