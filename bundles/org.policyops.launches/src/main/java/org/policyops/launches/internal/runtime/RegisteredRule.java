package org.policyops.launches.internal.runtime;

import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.ComplianceRule;
import org.policyops.api.compliance.Severity;
import org.policyops.api.launches.RuleInfo;

/**
 * A rule as it was registered: what it said about itself when it arrived (read once, so a rule cannot change its
 * id or severity between two evaluations) and the plugin bundle that registered it.
 *
 * @param serviceId the rule's service id, unique for this registration
 * @param bundle the registering bundle; null outside OSGi (tests)
 */
public record RegisteredRule(long serviceId, String id, String title, String description, Severity severity,
        Set<RegionCode> regions, List<String> requirements, ComplianceRule rule, long bundleId, String plugin,
        String pluginVersion, Bundle bundle) {

    public RegisteredRule {
        regions = Set.copyOf(regions);
        requirements = List.copyOf(requirements);
    }

    /** True when the rule applies to launches in that region: it names it, or names none (every region). */
    public boolean appliesTo(RegionCode region) {
        return appliesTo(region, Set.of());
    }

    /**
     * True when the rule applies to launches in that region, which belongs to the given groups: it names none
     * (every region), names the region, or names one of its groups (a rule for EU applies to FR).
     */
    public boolean appliesTo(RegionCode region, Set<RegionCode> groups) {
        if (regions.isEmpty() || regions.contains(region)) {
            return true;
        }
        for (RegionCode g : groups) {
            if (regions.contains(g)) {
                return true;
            }
        }
        return false;
    }

    public RuleInfo info(boolean shadow) {
        return new RuleInfo(id, title, description, severity, regions, requirements, shadow, bundleId, plugin, pluginVersion);
    }
}
