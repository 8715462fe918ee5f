package org.policyops.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.policyops.api.localization.LocalizationCatalog;

/** Completes a content key with the registered keys that start with what was typed. */
@Service
public class ContentKeyCompleter implements Completer {

    @Reference(optional = true)
    LocalizationCatalog catalog;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String typed = commandLine.getCursorArgument() == null ? ""
                : commandLine.getCursorArgument().substring(0, Math.min(commandLine.getArgumentPosition(),
                        commandLine.getCursorArgument().length()));
        List<String> keys = catalog == null ? List.of() : catalog.contentKeys(typed, LocalizationCatalog.MAX_KEYS);
        return new StringsCompleter(keys).complete(session, commandLine, candidates);
    }
}
