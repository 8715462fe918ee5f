package org.policyops.shell.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.karaf.shell.support.table.ShellTable;
import org.policyops.api.compliance.Finding;
import org.policyops.api.launches.ReadinessReport;
import org.policyops.api.launches.RegionReadiness;
import org.policyops.api.launches.RuleEvaluation;
import org.policyops.api.launches.RuleInfo;
import org.policyops.api.plugins.PluginInfo;

/** The tables of the plugin and compliance commands. */
final class ComplianceTables {

    /** Said when the launches feature (the compliance runtime) is not there. */
    static final String LAUNCHES_NOT_INSTALLED = "The launches feature is not installed: feature:install policyops-launches";

    /** Said when the plugins feature (the inventory) is not there. */
    static final String PLUGINS_NOT_INSTALLED = "The plugin inventory is not installed: feature:install policyops-launches";

    static final int TEXT_WIDTH = 70;

    private ComplianceTables() {
    }

    static ShellTable plugins(List<PluginInfo> plugins) {
        ShellTable table = new ShellTable().emptyTableText("No plugin is installed.");
        table.column("Id").alignRight();
        table.column("Plugin");
        table.column("Version");
        table.column("State");
        table.column("Regions");
        table.column("Team");
        table.column("Rules").alignRight();
        table.column("Integrations").alignRight();
        table.column("Problems").maxSize(TEXT_WIDTH);
        for (PluginInfo p : plugins) {
            table.addRow().addContent(p.bundleId(), p.name() + " (" + p.symbolicName() + ")", p.version(), p.state(),
                    String.join(", ", p.regions()), p.team() == null ? "-" : p.team(), p.rules().size(), p.integrations().size(),
                    p.errors().isEmpty() ? "-" : String.join(" ", p.errors()));
        }
        return table;
    }

    /** The rules a dry run adds, removes and changes, one row each. */
    static ShellTable dryRun(org.policyops.api.plugins.DryRunReport.Change c) {
        ShellTable table = new ShellTable().emptyTableText("No rule is added, removed or changed.");
        table.column("Change");
        table.column("Rule");
        table.column("Severity");
        table.column("Regions");
        c.rulesAdded().forEach(r -> table.addRow().addContent("added", r.id(), r.severity(), String.join(", ", r.regions())));
        c.rulesRemoved().forEach(r -> table.addRow().addContent("removed", r.id(), r.severity(), String.join(", ", r.regions())));
        c.rulesChanged().forEach(r -> table.addRow().addContent("changed", r.id(),
                r.previousSeverity().equals(r.severity()) ? r.severity() : r.previousSeverity() + " -> " + r.severity(),
                String.join(", ", r.previousRegions()) + (r.previousRegions().equals(r.regions()) ? "" : " -> " + String.join(", ", r.regions()))));
        return table;
    }

    static ShellTable rules(List<RuleInfo> rules) {
        ShellTable table = new ShellTable().emptyTableText("No rule is registered.");
        table.column("Rule");
        table.column("Severity");
        table.column("Regions");
        table.column("Shadow");
        table.column("Requirements");
        table.column("Plugin");
        table.column("Title").maxSize(TEXT_WIDTH);
        for (RuleInfo r : rules) {
            table.addRow().addContent(r.id(), r.severity(), r.regions().isEmpty() ? "all"
                    : r.regions().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")),
                    r.shadow() ? "yes" : "no", r.requirements().isEmpty() ? "-" : String.join(", ", r.requirements()),
                    r.plugin() + " " + r.pluginVersion(), r.title());
        }
        return table;
    }

    /** One row per region with its overall verdict. */
    static ShellTable regions(ReadinessReport report) {
        ShellTable table = new ShellTable().emptyTableText("The launch has no regions.");
        table.column("Region");
        table.column("Target date");
        table.column("Status");
        table.column("Readiness");
        table.column("Rules").alignRight();
        table.column("Blocking").alignRight();
        for (RegionReadiness r : report.regions()) {
            table.addRow().addContent(r.region(), r.targetDate(), r.status(), r.readiness(), r.rules().size(),
                    r.rules().stream().filter(RuleEvaluation::blocking).count());
        }
        return table;
    }

    /** One row per rule evaluation, region by region, with the findings. */
    static ShellTable evaluations(ReadinessReport report) {
        ShellTable table = new ShellTable().emptyTableText("No rule applies.");
        table.column("Region");
        table.column("Rule");
        table.column("Severity");
        table.column("Verdict");
        table.column("Blocking");
        table.column("Time (ms)").alignRight();
        table.column("Findings").maxSize(TEXT_WIDTH);
        for (RegionReadiness r : report.regions()) {
            for (RuleEvaluation e : r.rules()) {
                table.addRow().addContent(r.region(), e.ruleId(), e.severity() + (e.shadow() ? " (shadow)" : ""), e.verdict(),
                        e.blocking() ? "yes" : "no", e.durationMillis(), findings(e.findings()));
            }
        }
        return table;
    }

    static String findings(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "-";
        }
        return findings.stream().map(f -> f.evidence() == null ? f.message() : f.message() + " [" + f.evidence() + "]")
                .collect(Collectors.joining(" "));
    }
}
