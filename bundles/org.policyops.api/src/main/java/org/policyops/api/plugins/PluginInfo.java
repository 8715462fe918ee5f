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
 * @param sha256 the SHA-256 of the file the bundle was installed from (in hex); null when it did not come from a
 *        file the inventory can read
 * @param uploaded the last upload of this plugin over REST that installed what runs now; null when it came another
 *        way
 * @param failedUpgrades upgrades of this plugin that were rolled back, newest first, with the reasons
 */
public record PluginInfo(long bundleId, String symbolicName, String version, String state, String name,
        List<String> regions, String team, String description, String location, String deployedFile,
        List<RuleInfo> rules, List<IntegrationInfo> integrations, boolean runtimeAvailable, List<String> errors,
        String sha256, UploadRecord uploaded, List<UploadRecord> failedUpgrades) {

    public PluginInfo {
        regions = List.copyOf(regions);
        rules = List.copyOf(rules);
        integrations = List.copyOf(integrations);
        errors = List.copyOf(errors);
        failedUpgrades = failedUpgrades == null ? List.of() : List.copyOf(failedUpgrades);
    }

    /** The inventory entry of API 1.0, without checksum and upload history. */
    public PluginInfo(long bundleId, String symbolicName, String version, String state, String name,
            List<String> regions, String team, String description, String location, String deployedFile,
            List<RuleInfo> rules, List<IntegrationInfo> integrations, boolean runtimeAvailable, List<String> errors) {
        this(bundleId, symbolicName, version, state, name, regions, team, description, location, deployedFile, rules,
                integrations, runtimeAvailable, errors, null, null, List.of());
    }

    /** The same entry with the checksum and upload history. */
    public PluginInfo withProvenance(String sha256, UploadRecord uploaded, List<UploadRecord> failedUpgrades) {
        return new PluginInfo(bundleId, symbolicName, version, state, name, regions, team, description, location,
                deployedFile, rules, integrations, runtimeAvailable, errors, sha256, uploaded, failedUpgrades);
    }

    /** True when the bundle is active and nothing is wrong. */
    public boolean healthy() {
        return "ACTIVE".equals(state) && errors.isEmpty();
    }
}
