package org.policyops.shell.internal;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.policyops.api.planning.PortfolioQuery;

/** {@code policyops:portfolio}: the planning portfolio ranked by a scoring model, as {@code GET /api/planning/portfolio}. */
@Service
@Command(scope = "policyops", name = "portfolio", description = "Lists the planning portfolio ranked by a scoring model, highest priority first.")
public class PortfolioCommand implements Action {

    static final int DEFAULT_LIMIT = 20;

    @Option(name = "--model", aliases = "-m", description = "The scoring model: rice, wsjf, risk or a plug-in's id (default: the configured one)")
    @Completion(ModelCompleter.class)
    String model;

    @Option(name = "--region", aliases = "-r", description = "Only initiatives in this region, e.g. EU")
    String region;

    @Option(name = "--quarter", aliases = "-q", description = "Only initiatives targeted in this quarter, e.g. 2027-Q1")
    String quarter;

    @Option(name = "--limit", aliases = "-n", description = "How many to list (1 to 500)")
    int limit = DEFAULT_LIMIT;

    @Reference(optional = true)
    PortfolioQuery portfolio;

    @Override
    public Object execute() {
        print(System.out);
        return null;
    }

    /** Prints the table; invalid options end the command with an {@link IllegalArgumentException} that says why. */
    void print(PrintStream out) {
        if (portfolio == null) {
            out.println(Tables.PLANNING_NOT_INSTALLED);
            return;
        }
        Tables.portfolio(portfolio.rank(model, region, quarter, limit)).print(out);
    }
}
