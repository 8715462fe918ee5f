package org.policyops.api.plugins;

import java.util.List;

/**
 * What installing an archive would change; nothing was installed.
 *
 * @param file the file name it would be stored under in deploy/
 * @param sha256 the SHA-256 of the archive, in hex
 * @param signature what the signature check found ({@code unchecked}, {@code trusted}, {@code unsigned},
 *        {@code untrusted})
 * @param plugins one entry per plugin bundle (one for a jar, each plugin of a kar)
 */
public record DryRunReport(String file, String sha256, String signature, List<Change> plugins) {

    public DryRunReport {
        plugins = List.copyOf(plugins);
    }

    /** True when installing would change nothing at all. */
    public boolean unchanged() {
        return plugins.stream().allMatch(p -> "unchanged".equals(p.action()));
    }

    /**
     * What installing one plugin bundle would change.
     *
     * @param action {@code install} (no version installed), {@code upgrade}, {@code downgrade}, {@code replace}
     *        (the same version with other content) or {@code unchanged} (the same file is installed)
     * @param installedVersion the version installed now; null for an install
     * @param rulesDeclared false when the jar does not declare its rules in its manifest (see
     *        {@link RuleDeclaration}), so which rules it has is unknown until it runs; the rule lists are then empty
     * @param rulesAdded rules the new version declares that the installed one does not have
     * @param rulesRemoved rules of the installed version that the new one does not declare
     * @param rulesChanged rules in both whose severity or regions differ ({@code previous*} say what they were)
     * @param integrationsAdded integration ids the new version declares that the installed one does not have
     * @param integrationsRemoved integration ids of the installed version the new one does not declare
     * @param unresolved the new version's mandatory requirements (imports) that nothing installed satisfies, in
     *        plain words; it would not resolve when this is not empty
     */
    public record Change(String symbolicName, String version, String action, String installedVersion,
            boolean rulesDeclared, List<RuleChange> rulesAdded, List<RuleChange> rulesRemoved,
            List<RuleChange> rulesChanged, List<String> integrationsAdded, List<String> integrationsRemoved,
            List<String> unresolved) {

        public Change {
            rulesAdded = List.copyOf(rulesAdded);
            rulesRemoved = List.copyOf(rulesRemoved);
            rulesChanged = List.copyOf(rulesChanged);
            integrationsAdded = List.copyOf(integrationsAdded);
            integrationsRemoved = List.copyOf(integrationsRemoved);
            unresolved = List.copyOf(unresolved);
        }
    }

    /**
     * One rule in a dry run.
     *
     * @param previousSeverity for a changed rule, its severity now; null otherwise
     * @param previousRegions for a changed rule, its regions now; null otherwise
     */
    public record RuleChange(String id, String severity, List<String> regions, String previousSeverity,
            List<String> previousRegions) {

        public RuleChange {
            regions = regions == null ? List.of() : List.copyOf(regions);
            previousRegions = previousRegions == null ? null : List.copyOf(previousRegions);
        }
    }
}
