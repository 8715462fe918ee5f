package org.policyops.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.policyops.api.training.TrainingQuery;

/** Completes a learner id with the ids starting with what is typed (the first 500, sorted). */
@Service
public class LearnerIdCompleter implements Completer {

    @Reference(optional = true)
    TrainingQuery training;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String typed = commandLine.getCursorArgument() == null ? ""
                : commandLine.getCursorArgument().substring(0, commandLine.getArgumentPosition());
        List<String> ids = training == null ? List.of() : training.learnerIds(typed, TrainingQuery.MAX_LIMIT);
        return new StringsCompleter(ids).complete(session, commandLine, candidates);
    }
}
