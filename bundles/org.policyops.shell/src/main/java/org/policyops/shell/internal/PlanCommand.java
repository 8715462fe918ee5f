package org.policyops.shell.internal;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.policyops.api.planning.PlanProposal;
import org.policyops.api.planning.PlanQuery;

/** {@code policyops:plan}: a proposal of which initiatives fit which quarter, as {@code POST /api/planning/plan}. */
@Service
@Command(scope = "policyops", name = "plan", description = "Proposes which initiatives fit which quarter of a year by team capacity, rank and dependencies; stores nothing.")
public class PlanCommand implements Action {

    @Argument(index = 0, name = "year", description = "The year to plan, e.g. 2027 (options come before it)", required = true)
    int year;

    @Option(name = "--quarter", aliases = "-q", description = "Plan only this quarter of the year: Q1, Q2, Q3 or Q4")
    String quarter;

    @Option(name = "--model", aliases = "-m", description = "The scoring model that ranks the candidates: rice, wsjf, risk or a plug-in's id (default: the configured one)")
    @Completion(ModelCompleter.class)
    String model;

    @Reference(optional = true)
    PlanQuery plans;

    @Override
    public Object execute() {
        print(System.out);
        return null;
    }

    /** Prints the placed initiatives per quarter, then those left out; invalid arguments end the command with an {@link IllegalArgumentException}. */
    void print(PrintStream out) {
        if (plans == null) {
            out.println(Tables.PLANNING_NOT_INSTALLED);
            return;
        }
        PlanProposal plan = plans.plan(year, quarter, model);
        out.println("Plan for " + (plan.quarter() != null ? plan.quarter() : String.valueOf(plan.year()))
                + " ranked by " + plan.model() + " (a proposal: nothing is stored)");
        out.println();
        out.println("Placed:");
        Tables.placed(plan).print(out);
        out.println();
        out.println("Capacity left:");
        Tables.remaining(plan).print(out);
        out.println();
        out.println("Left out:");
        Tables.leftOut(plan.leftOut()).print(out);
    }
}
