package org.policyops.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.policyops.api.tooling.ToolCatalog;
import org.policyops.api.tooling.ToolInfo;

/** Completes a tool's key from the registry. */
@Service
public class ToolKeyCompleter implements Completer {

    @Reference(optional = true)
    ToolCatalog catalog;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> keys = catalog == null ? List.of() : catalog.tools(null).stream().map(ToolInfo::key).toList();
        return new StringsCompleter(keys).complete(session, commandLine, candidates);
    }
}
