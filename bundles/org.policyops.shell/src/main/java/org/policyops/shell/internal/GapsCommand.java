package org.policyops.shell.internal;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.policyops.api.training.TrainingQuery;

/** {@code policyops:gaps}: the training gap report, most severe first. */
@Service
@Command(scope = "policyops", name = "gaps", description = "Ranks policy x region pairs whose training coverage is under target "
        + "or whose quality (leakage, over-enforcement) is worse than its threshold, with a suggested action.")
public class GapsCommand implements Action {

    @Option(name = "--limit", aliases = "-n", description = "How many gaps to show, 1-500 (default 20)")
    int limit = 20;

    @Reference(optional = true)
    TrainingQuery training;

    @Override
    public Object execute() {
        print(System.out);
        return null;
    }

    void print(PrintStream out) {
        if (limit < 1 || limit > TrainingQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("--limit must be between 1 and " + TrainingQuery.MAX_LIMIT + " (was " + limit + ")");
        }
        if (training == null) {
            out.println(TrainingTables.TRAINING_NOT_INSTALLED);
            return;
        }
        TrainingTables.gaps(training.gaps(limit)).print(out);
    }
}
