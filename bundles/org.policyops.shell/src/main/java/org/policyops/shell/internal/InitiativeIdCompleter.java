package org.policyops.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.policyops.api.planning.PortfolioQuery;

/** Completes an initiative id with the ids of the top of the portfolio (the default model's first 500). */
@Service
public class InitiativeIdCompleter implements Completer {

    @Reference(optional = true)
    PortfolioQuery portfolio;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> ids = portfolio == null ? List.of()
                : portfolio.rank(null, null, null, PortfolioQuery.MAX_LIMIT).stream().map(r -> String.valueOf(r.id())).toList();
        return new StringsCompleter(ids).complete(session, commandLine, candidates);
    }
}
