package org.policyops.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.policyops.api.launches.ComplianceRuntime;

/** Completes a launch id with the ids of the most recent launches. */
@Service
public class LaunchIdCompleter implements Completer {

    static final int LIMIT = 200;

    @Reference(optional = true)
    ComplianceRuntime runtime;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> ids = runtime == null ? List.of() : runtime.launches(LIMIT).stream().map(l -> String.valueOf(l.id())).toList();
        return new StringsCompleter(ids).complete(session, commandLine, candidates);
    }
}
