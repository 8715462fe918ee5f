package org.policyops.shell.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.policyops.api.plugins.DryRunReport;
import org.policyops.api.plugins.PluginInstaller;

/**
 * {@code policyops:plugin-dry-run <file>}: what installing a plugin jar or kar would change (rules added, removed and
 * changed, integrations, unresolved imports), with the checks of an upload; installs nothing.
 */
@Service
@Command(scope = "policyops", name = "plugin-dry-run", description = "Tells what installing a plugin jar or kar would change: rules added, removed and changed, integrations, imports nothing satisfies. Installs nothing.")
public class PluginDryRunCommand implements Action {

    /** Files larger than this are not read: an upload over REST is limited far below it too. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    @Argument(index = 0, name = "file", description = "The plugin jar or kar", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Reference(optional = true)
    PluginInstaller installer;

    @Override
    public Object execute() {
        print(System.out);
        return null;
    }

    void print(PrintStream out) {
        if (installer == null) {
            out.println(ComplianceTables.PLUGINS_NOT_INSTALLED);
            return;
        }
        Path path = Paths.get(file);
        byte[] bytes;
        try {
            if (Files.size(path) > MAX_FILE_BYTES) {
                out.println(path + " has more than " + MAX_FILE_BYTES + " bytes; no plugin is that large.");
                return;
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            out.println("Cannot read " + path + ": " + e.getMessage());
            return;
        }
        DryRunReport report;
        try {
            report = installer.dryRun(bytes);
        } catch (IllegalArgumentException e) {
            out.println("It would be refused: " + e.getMessage());
            return;
        }
        out.println("Dry run of " + path.getFileName() + " (stored as " + report.file() + ", SHA-256 " + report.sha256()
                + ", signature " + report.signature() + "); nothing was installed.");
        for (DryRunReport.Change c : report.plugins()) {
            out.println();
            out.println(c.symbolicName() + " " + c.version() + ": " + c.action()
                    + (c.installedVersion() == null ? "" : " (installed now: " + c.installedVersion() + ")"));
            if (c.unresolved().isEmpty()) {
                out.println("  Resolves against what is installed.");
            } else {
                out.println("  Would NOT resolve:");
                c.unresolved().forEach(u -> out.println("    " + u));
            }
            if (!c.rulesDeclared()) {
                out.println("  Its rules are unknown until it runs: the jar does not declare them (@RuleDeclaration).");
                continue;
            }
            ComplianceTables.dryRun(c).print(out);
            if (!c.integrationsAdded().isEmpty()) {
                out.println("  Integrations added: " + String.join(", ", c.integrationsAdded()));
            }
            if (!c.integrationsRemoved().isEmpty()) {
                out.println("  Integrations removed: " + String.join(", ", c.integrationsRemoved()));
            }
        }
    }
}
