package org.policyops.api.tooling;

import java.util.List;

import org.policyops.api.LifecycleStage;

/**
 * One tool as the registry holds it, and as a plugin describes it through {@link ToolDescriptor}.
 *
 * @param key the tool's unique key: lower-case letters, digits and hyphens, e.g. {@code policy-authoring}
 * @param stages the lifecycle stages it serves
 * @param ownerTeam the team that owns it, e.g. "Integrity Tooling"
 * @param regions region codes it is used in; empty for a global tool
 * @param locales BCP 47 tags it supports; empty when it does not deal in languages
 * @param policies keys of the policies it serves; empty for every policy
 * @param docsUrl documentation, null when none
 * @param runbookUrl the runbook, null when none
 * @param supportChannel where to ask for help (a chat channel, a mailing list), null when none
 * @param dependsOn keys of the tools it depends on
 * @param providedBy the plugin that contributes it, null for a tool entered in the registry; ignored in a
 *        descriptor (the registry sets it)
 * @param gone true when the plugin that provided it was removed; ignored in a descriptor
 */
public record ToolInfo(String key, String name, ToolKind kind, String description, List<LifecycleStage> stages,
        String ownerTeam, ToolStatus status, List<String> regions, List<String> locales, List<String> policies,
        String docsUrl, String runbookUrl, String supportChannel, List<String> dependsOn, String providedBy,
        boolean gone) {

    public ToolInfo {
        stages = stages == null ? List.of() : List.copyOf(stages);
        regions = regions == null ? List.of() : List.copyOf(regions);
        locales = locales == null ? List.of() : List.copyOf(locales);
        policies = policies == null ? List.of() : List.copyOf(policies);
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }

    /** A tool with the required fields only: global, no links, no dependencies, in production. */
    public static ToolInfo of(String key, String name, ToolKind kind, String ownerTeam, List<LifecycleStage> stages) {
        return new ToolInfo(key, name, kind, null, stages, ownerTeam, ToolStatus.PRODUCTION, List.of(), List.of(),
                List.of(), null, null, null, List.of(), null, false);
    }
}
