package org.policyops.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.policyops.api.planning.PortfolioQuery;

/** Completes {@code --model} with the ids of the scoring models there are (plug-ins included). */
@Service
public class ModelCompleter implements Completer {

    @Reference(optional = true)
    PortfolioQuery portfolio;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> models = portfolio == null ? List.of() : portfolio.models();
        return new StringsCompleter(models).complete(session, commandLine, candidates);
    }
}
