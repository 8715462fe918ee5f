package org.policyops.api.plugins;

import java.util.List;

import org.policyops.api.launches.IntegrationInfo;
import org.policyops.api.launches.RuleInfo;

/**
 * One plugin bundle as the inventory sees it.
 *
 * @param state the bundle state: {@code INSTALLED} (not resolved), {@code RESOLVED}, {@code STARTING},
 *        {@code ACTIVE} or {@code STOPPING}
 * @param name the value of the {@code PolicyOps-Plugin} header
 * @param regions the regions of the {@code PolicyOps-Plugin-Region} header; {@code *} for all
 * @param deployedFile the file in {@code deploy/} it was installed from, null when it came another way
 * @param runtimeAvailable false when the launches feature (which runs rules and integrations) is not installed;
 *        rules and integrations are then empty
 * @param errors what is wrong with the plugin in plain words; empty when nothing is
 */
public record PluginInfo(long bundleId, String symbolicName, String version, String state, String name,
        List<String> regions, String team, String description, String location, String deployedFile,
        List<RuleInfo> rules, List<IntegrationInfo> integrations, boolean runtimeAvailable, List<String> errors) {

    public PluginInfo {
        regions = List.copyOf(regions);
        rules = List.copyOf(rules);
        integrations = List.copyOf(integrations);
        errors = List.copyOf(errors);
    }

    /** True when the bundle is active and nothing is wrong. */
    public boolean healthy() {
        return "ACTIVE".equals(state) && errors.isEmpty();
    }
}
