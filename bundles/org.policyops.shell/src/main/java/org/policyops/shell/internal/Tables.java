package org.policyops.shell.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.karaf.shell.support.table.ShellTable;
import org.policyops.api.planning.BlockedInfo;
import org.policyops.api.planning.DependencyInfo;
import org.policyops.api.planning.PlanProposal;
import org.policyops.api.planning.RankedInitiative;

/** The tables the commands print. */
final class Tables {

    /** Said by every command when the planning feature's services are not there. */
    static final String PLANNING_NOT_INSTALLED = "The planning feature is not installed: feature:install policyops-planning";

    static final int TITLE_WIDTH = 60;
    static final String NONE = "-";

    private Tables() {
    }

    static ShellTable portfolio(List<RankedInitiative> ranked) {
        ShellTable table = new ShellTable().emptyTableText("No initiative matches.");
        table.column("Rank").alignRight();
        table.column("Id").alignRight();
        table.column("Title").maxSize(TITLE_WIDTH);
        table.column("Score").alignRight();
        table.column("Team");
        table.column("Quarter");
        for (RankedInitiative r : ranked) {
            table.addRow().addContent(r.rank(), r.id(), r.title(), score(r), orNone(r.owningTeam()), r.targetQuarter());
        }
        return table;
    }

    /** The score to two decimals; an unscored initiative shows a dash. */
    static String score(RankedInitiative r) {
        return r.score() == null ? NONE : String.format(Locale.ROOT, "%.2f", r.score());
    }

    static ShellTable dependencies(long initiativeId, List<DependencyInfo> dependencies) {
        ShellTable table = new ShellTable().emptyTableText("Initiative " + initiativeId + " has no dependencies.");
        table.column("Relation");
        table.column("Id").alignRight();
        table.column("Title").maxSize(TITLE_WIDTH);
        table.column("Status");
        table.column("Quarter");
        for (DependencyInfo d : dependencies) {
            String relation = d.direction() == DependencyInfo.Direction.DEPENDS_ON ? "depends on" : "depended on by";
            table.addRow().addContent(relation, d.id(), d.title(), d.status(), d.targetQuarter());
        }
        return table;
    }

    static ShellTable blocked(List<BlockedInfo> blocked) {
        ShellTable table = new ShellTable().emptyTableText("No initiative is blocked.");
        table.column("Id").alignRight();
        table.column("Title").maxSize(TITLE_WIDTH);
        table.column("Status");
        table.column("Quarter");
        table.column("Blocked by");
        table.column("Planned before a dependency");
        for (BlockedInfo b : blocked) {
            table.addRow().addContent(b.id(), b.title(), b.status(), b.targetQuarter(),
                    b.blockedBy().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                    b.plannedBeforeADependency() ? "yes" : "no");
        }
        return table;
    }

    /** The initiatives placed, quarter by quarter; work already in progress is marked committed. */
    static ShellTable placed(PlanProposal plan) {
        ShellTable table = new ShellTable().emptyTableText("No initiative is placed.");
        table.column("Quarter");
        table.column("Id").alignRight();
        table.column("Title").maxSize(TITLE_WIDTH);
        table.column("Team");
        table.column("Effort (pw)").alignRight();
        table.column("Committed");
        for (PlanProposal.QuarterPlan q : plan.quarters()) {
            for (PlanProposal.Placed p : q.placed()) {
                table.addRow().addContent(q.quarter(), p.id(), p.title(), orNone(p.team()), weeks(p.effortWeeks()),
                        p.committed() ? "yes" : "no");
            }
        }
        return table;
    }

    /** Each team's capacity and what is left of it, per quarter, in person-weeks. */
    static ShellTable remaining(PlanProposal plan) {
        ShellTable table = new ShellTable().emptyTableText("No team has capacity in the period.");
        table.column("Quarter");
        table.column("Team");
        table.column("Capacity (pw)").alignRight();
        table.column("Left (pw)").alignRight();
        for (PlanProposal.QuarterPlan q : plan.quarters()) {
            for (PlanProposal.TeamCapacity t : q.remaining()) {
                table.addRow().addContent(q.quarter(), t.team(), weeks(t.capacity()), weeks(t.remaining()));
            }
        }
        return table;
    }

    /** Every candidate the plan leaves out, in rank order, with the reason. */
    static ShellTable leftOut(List<PlanProposal.LeftOut> leftOut) {
        ShellTable table = new ShellTable().emptyTableText("No initiative is left out.");
        table.column("Id").alignRight();
        table.column("Title").maxSize(TITLE_WIDTH);
        table.column("Team");
        table.column("Target");
        table.column("Reason");
        for (PlanProposal.LeftOut l : leftOut) {
            table.addRow().addContent(l.id(), l.title(), orNone(l.team()), l.targetQuarter(), l.reason());
        }
        return table;
    }

    /** Person-weeks to two decimals. */
    static String weeks(double weeks) {
        return String.format(Locale.ROOT, "%.2f", weeks);
    }

    private static String orNone(String text) {
        return text == null || text.isBlank() ? NONE : text;
    }
}
