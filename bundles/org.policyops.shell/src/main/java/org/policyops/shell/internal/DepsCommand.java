package org.policyops.shell.internal;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.policyops.api.planning.DependencyQuery;

/** {@code policyops:deps}: what an initiative depends on and what depends on it, or the blocked initiatives. */
@Service
@Command(scope = "policyops", name = "deps", description = "Shows what an initiative depends on and what depends on it; with --blocked, the blocked initiatives.")
public class DepsCommand implements Action {

    @Argument(index = 0, name = "initiativeId", description = "The initiative's id", required = false)
    @Completion(InitiativeIdCompleter.class)
    Long initiativeId;

    @Option(name = "--blocked", aliases = "-b", description = "List open initiatives waiting for a dependency that is not done")
    boolean blocked;

    @Reference(optional = true)
    DependencyQuery dependencies;

    @Override
    public Object execute() {
        print(System.out);
        return null;
    }

    void print(PrintStream out) {
        if (initiativeId == null && !blocked) {
            throw new IllegalArgumentException("Name an initiative id (policyops:deps 42), or use --blocked.");
        }
        if (dependencies == null) {
            out.println(Tables.PLANNING_NOT_INSTALLED);
            return;
        }
        if (initiativeId != null) {
            Tables.dependencies(initiativeId, dependencies.dependencies(initiativeId)).print(out);
        }
        if (blocked) {
            if (initiativeId != null) {
                out.println();
            }
            Tables.blocked(dependencies.blocked()).print(out);
        }
    }
}
