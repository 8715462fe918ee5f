package org.policyops.shell.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import org.policyops.api.LifecycleStage;
import org.policyops.api.tooling.ToolCatalog;
import org.policyops.api.tooling.ToolInfo;

/** {@code policyops:tools}: the tooling registry, or one tool with its links and dependencies. */
@Service
@Command(scope = "policyops", name = "tools", description = "Lists the tools, platforms and AI integrations of the policy "
        + "lifecycle (optionally those of one stage or kind), or shows one tool: owner, status, regions, links, dependencies "
        + "and the plugin that provides it.")
public class ToolsCommand implements Action {

    static final String TOOLING_NOT_INSTALLED = "The tooling feature is not installed: feature:install policyops-tooling";

    @Argument(index = 0, name = "key", description = "A tool's key, to show that tool")
    @Completion(ToolKeyCompleter.class)
    String key;

    @Option(name = "--stage", aliases = "-s", description = "Only the tools serving this lifecycle stage")
    @Completion(value = StringsCompleter.class, values = { "DEVELOPMENT", "TESTING", "TRAINING", "DEPLOYMENT", "ENFORCEMENT" })
    String stage;

    @Option(name = "--kind", aliases = "-k", description = "Only tools of this kind")
    @Completion(value = StringsCompleter.class, values = { "TOOL", "PLATFORM", "AI_MODEL", "INTEGRATION" })
    String kind;

    @Reference(optional = true)
    ToolCatalog catalog;

    @Override
    public Object execute() {
        print(System.out);
        return null;
    }

    void print(PrintStream out) {
        if (catalog == null) {
            out.println(TOOLING_NOT_INSTALLED);
            return;
        }
        if (key != null) {
            catalog.tool(key.trim()).ifPresentOrElse(t -> detail(t, out), () -> out.println("No tool " + key.trim() + "."));
            return;
        }
        LifecycleStage s = stage == null ? null : LifecycleStage.valueOf(stage.trim().toUpperCase(Locale.ROOT));
        String k = kind == null ? null : kind.trim().toUpperCase(Locale.ROOT);
        List<ToolInfo> tools = catalog.tools(s).stream().filter(t -> k == null || t.kind().name().equals(k)).toList();
        table(tools).print(out);
    }

    static ShellTable table(List<ToolInfo> tools) {
        ShellTable table = new ShellTable().emptyTableText("No tool matches.");
        table.column("Key");
        table.column("Name").maxSize(Tables.TITLE_WIDTH / 2);
        table.column("Kind");
        table.column("Stages");
        table.column("Status");
        table.column("Owner");
        table.column("Regions");
        table.column("Provided by");
        for (ToolInfo t : tools) {
            table.addRow().addContent(t.key(), t.name(), t.kind(), String.join(",", t.stages().stream().map(Enum::name).toList()),
                    t.status(), t.ownerTeam(), t.regions().isEmpty() ? "global" : String.join(",", t.regions()), provider(t));
        }
        return table;
    }

    static void detail(ToolInfo t, PrintStream out) {
        out.println(t.name() + " (" + t.key() + ")");
        out.println("  Kind:         " + t.kind());
        out.println("  Status:       " + t.status());
        out.println("  Stages:       " + String.join(", ", t.stages().stream().map(Enum::name).toList()));
        out.println("  Owner:        " + t.ownerTeam());
        out.println("  Regions:      " + (t.regions().isEmpty() ? "global" : String.join(", ", t.regions())));
        out.println("  Locales:      " + orNone(t.locales()));
        out.println("  Policies:     " + (t.policies().isEmpty() ? "all" : String.join(", ", t.policies())));
        out.println("  Depends on:   " + orNone(t.dependsOn()));
        out.println("  Docs:         " + orNone(t.docsUrl()));
        out.println("  Runbook:      " + orNone(t.runbookUrl()));
        out.println("  Support:      " + orNone(t.supportChannel()));
        out.println("  Provided by:  " + provider(t));
        if (t.description() != null) {
            out.println("  " + t.description());
        }
    }

    private static String provider(ToolInfo t) {
        return t.providedBy() == null ? Tables.NONE : t.providedBy() + (t.gone() ? " (removed)" : "");
    }

    private static String orNone(List<String> values) {
        return values.isEmpty() ? Tables.NONE : String.join(", ", values);
    }

    private static String orNone(String value) {
        return value == null ? Tables.NONE : value;
    }
}
