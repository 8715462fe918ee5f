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
import org.apache.karaf.shell.support.table.ShellTable;
import org.policyops.api.metrics.KpiScore;
import org.policyops.api.metrics.KpiScorecard;

/** {@code policyops:kpis}: the scorecard, every KPI's latest values with change and status. */
@Service
@Command(scope = "policyops", name = "kpis", description = "Shows the KPI scorecard: each KPI's values of its latest snapshot "
        + "with the change from the snapshot before, the target and the status (ON_TARGET, WARNING, CRITICAL, NO_DATA).")
public class KpisCommand implements Action {

    static final String METRICS_NOT_INSTALLED = "The metrics feature is not installed (feature:install policyops-metrics).";

    @Argument(index = 0, name = "kpi", description = "Only this KPI", required = false)
    @Completion(KpiIdCompleter.class)
    String kpi;

    @Option(name = "--region", aliases = "-r", description = "Only the values of this region")
    @Completion(KpiIdCompleter.Regions.class)
    String region;

    @Reference(optional = true)
    KpiScorecard scorecard;

    @Override
    public Object execute() {
        print(System.out);
        return null;
    }

    void print(PrintStream out) {
        if (scorecard == null) {
            out.println(METRICS_NOT_INSTALLED);
            return;
        }
        String r = region == null ? null : region.trim().toUpperCase(Locale.ROOT);
        List<KpiScore> scores = scorecard.scorecard(r).stream().filter(s -> kpi == null || s.kpiId().equals(kpi.trim())).toList();
        table(scores).print(out);
    }

    static ShellTable table(List<KpiScore> scores) {
        ShellTable table = new ShellTable().emptyTableText("No KPIs: no installed domain provides any.");
        table.column("KPI");
        table.column("Region");
        table.column("Day");
        table.column("Value").alignRight();
        table.column("Change").alignRight();
        table.column("Target").alignRight();
        table.column("Status");
        for (KpiScore s : scores) {
            String dims = s.dimensions().isEmpty() ? "all" : String.join(",", s.dimensions().values());
            table.addRow().addContent(s.kpiId(), dims, s.day() == null ? Tables.NONE : s.day(), number(s.value(), s.unit()),
                    s.change() == null ? Tables.NONE : signed(s.change(), s.unit()), number(s.target(), s.unit()), s.status());
        }
        return table;
    }

    /** A ratio as a percentage, anything else with two decimals at most. */
    static String number(Double value, String unit) {
        if (value == null) {
            return Tables.NONE;
        }
        if ("ratio".equals(unit)) {
            return String.format(Locale.ROOT, "%.1f%%", value * 100);
        }
        return new java.math.BigDecimal(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String signed(double change, String unit) {
        String n = number(Math.abs(change), unit);
        return (change < 0 ? "-" : "+") + ("ratio".equals(unit) ? n.replace("%", " pt") : n);
    }
}
