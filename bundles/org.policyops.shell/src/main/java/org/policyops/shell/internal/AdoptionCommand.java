package org.policyops.shell.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.policyops.api.tooling.AdoptionInfo;
import org.policyops.api.tooling.ToolAdoption;
import org.policyops.api.tooling.WeeklyActive;

/** {@code policyops:adoption}: tool adoption per tool and region, or one tool's weekly trend. */
@Service
@Command(scope = "policyops", name = "adoption", description = "Shows tool adoption: per tool and region the target population and where it came from, "
        + "distinct active users in the last 7 and 28 days and their share; with --tool, that tool's weekly active users.")
public class AdoptionCommand implements Action {

    @Option(name = "--tool", aliases = "-t", description = "Show this tool's weekly trend")
    @Completion(ToolKeyCompleter.class)
    String tool;

    @Option(name = "--region", aliases = "-r", description = "Only this region")
    String region;

    @Option(name = "--weeks", aliases = "-w", description = "Weeks of the trend (default 12)")
    int weeks = 12;

    @Option(name = "--as-of", description = "The last day counted, YYYY-MM-DD (default today, UTC)")
    String asOf;

    @Reference(optional = true)
    ToolAdoption adoption;

    @Override
    public Object execute() {
        print(System.out);
        return null;
    }

    void print(PrintStream out) {
        if (adoption == null) {
            out.println(ToolsCommand.TOOLING_NOT_INSTALLED);
            return;
        }
        LocalDate day = asOf == null ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(asOf.trim());
        String r = region == null ? null : region.trim().toUpperCase(Locale.ROOT);
        if (tool != null) {
            adoption.trend(tool.trim(), r, weeks, day).ifPresentOrElse(t -> trend(t).print(out),
                    () -> out.println("No tool " + tool.trim() + "."));
            return;
        }
        List<AdoptionInfo> rows = adoption.adoption(day).stream().filter(a -> r == null || a.region().equals(r)).toList();
        table(rows).print(out);
        // Why a population could not be counted, once per distinct note (as populationNote in the REST answer).
        rows.stream().filter(a -> a.populationNote() != null).map(a -> a.toolKey() + " in " + a.region() + ": "
                + a.populationNote()).distinct().forEach(out::println);
    }

    /** Where the target population came from, as the REST answer's {@code populationSource} says it, in words. */
    static String source(AdoptionInfo a) {
        if (a.populationSource() == null) {
            return Tables.NONE;
        }
        return switch (a.populationSource()) {
            case AdoptionInfo.FROM_LEARNERS -> "training learners";
            case AdoptionInfo.FROM_NUMBER -> "number";
            default -> a.populationSource();
        };
    }

    static ShellTable table(List<AdoptionInfo> rows) {
        ShellTable table = new ShellTable().emptyTableText("No usage and no target population recorded.");
        table.column("Tool");
        table.column("Region");
        table.column("Target").alignRight();
        table.column("Source");
        table.column("Active 7d").alignRight();
        table.column("Active 28d").alignRight();
        table.column("Adoption 7d").alignRight();
        table.column("Adoption 28d").alignRight();
        for (AdoptionInfo a : rows) {
            table.addRow().addContent(a.toolKey(), a.region(), a.targetPopulation() == null ? Tables.NONE : a.targetPopulation(),
                    source(a), a.active7(), a.active28(), percent(a.adoption7()), percent(a.adoption28()));
        }
        return table;
    }

    static ShellTable trend(List<WeeklyActive> weeks) {
        ShellTable table = new ShellTable();
        table.column("Week ending");
        table.column("Active").alignRight();
        table.column("Adoption").alignRight();
        for (WeeklyActive w : weeks) {
            table.addRow().addContent(w.weekEnd(), w.activeUsers(), percent(w.adoption()));
        }
        return table;
    }

    static String percent(Double share) {
        return share == null ? Tables.NONE : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
