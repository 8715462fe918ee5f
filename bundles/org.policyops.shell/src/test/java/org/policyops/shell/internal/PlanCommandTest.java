package org.policyops.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyops.api.planning.PlanProposal;
import org.policyops.api.planning.PlanProposal.LeftOut;
import org.policyops.api.planning.PlanProposal.Placed;
import org.policyops.api.planning.PlanProposal.QuarterPlan;
import org.policyops.api.planning.PlanProposal.TeamCapacity;

class PlanCommandTest {

    static final PlanProposal PLAN = new PlanProposal(2027, null, "rice", List.of(
            new QuarterPlan("2027-Q1", List.of(new Placed(3, "Classifier retraining", "Integrity Tooling", 6, true),
                    new Placed(17, "DSA statement-of-reasons templates", "Policy EMEA", 4.5, false)),
                    List.of(new TeamCapacity("Integrity Tooling", 13, 7), new TeamCapacity("Policy EMEA", 19.5, 15))),
            new QuarterPlan("2027-Q2", List.of(new Placed(8, "Moderator training", "Integrity Tooling", 2, false)),
                    List.of(new TeamCapacity("Integrity Tooling", 13, 11), new TeamCapacity("Policy EMEA", 19.5, 19.5))),
            new QuarterPlan("2027-Q3", List.of(), List.of()),
            new QuarterPlan("2027-Q4", List.of(), List.of())),
            List.of(new LeftOut(40, "Huge", "Integrity Tooling", 40, "2027-Q2",
                    "larger than any quarter's capacity of team Integrity Tooling (40 > 13)"),
                    new LeftOut(41, "Orphan", null, 1, "2027-Q1", "no owning team: assign the initiative to a team")));

    static List<String> section(String out, String heading) {
        List<String> lines = out.lines().toList();
        int start = lines.indexOf(heading);
        assertTrue(start >= 0, heading + " in\n" + out);
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).isEmpty()) {
            end++;
        }
        return lines.subList(start + 1, end);
    }

    @Test
    void yearQuarterAndModelReachTheQueryAndEveryTableIsPrinted() throws Exception {
        PlanCommand command = new PlanCommand();
        Fakes.Plans plans = new Fakes.Plans(PLAN);
        command.plans = plans;
        Fakes.parse(command, "--quarter", "Q1", "--model", "rice", "2027");

        String out = Fakes.output(command::print);
        assertEquals(List.of(Arrays.asList(2027, "Q1", "rice")), plans.calls);
        assertTrue(out.startsWith("Plan for 2027 ranked by rice"), out);

        List<String> placed = section(out, "Placed:");
        for (String header : List.of("Quarter", "Id", "Title", "Team", "Effort (pw)", "Committed")) {
            assertTrue(placed.get(0).contains(header), placed.get(0));
        }
        assertEquals(5, placed.size(), "header, rule and three placed: " + placed);
        assertTrue(placed.get(2).startsWith("2027-Q1") && placed.get(2).contains("Classifier retraining")
                && placed.get(2).contains("6.00") && placed.get(2).trim().endsWith("yes"), placed.get(2));
        assertTrue(placed.get(3).contains("Policy EMEA") && placed.get(3).contains("4.50") && placed.get(3).trim().endsWith("no"),
                placed.get(3));
        assertTrue(placed.get(4).startsWith("2027-Q2") && placed.get(4).contains(" 8 "), placed.get(4));

        List<String> left = section(out, "Capacity left:");
        assertEquals(6, left.size(), left.toString());
        assertTrue(left.get(2).contains("Integrity Tooling") && left.get(2).contains("13.00") && left.get(2).contains("7.00"),
                left.get(2));

        List<String> out2 = section(out, "Left out:");
        assertTrue(out2.get(0).contains("Reason") && out2.get(0).contains("Target"), out2.get(0));
        assertTrue(out2.get(2).contains("Huge") && out2.get(2).contains("(40 > 13)"), out2.get(2));
        assertTrue(out2.get(3).contains("Orphan") && out2.get(3).contains(" - ") && out2.get(3).contains("no owning team"),
                out2.get(3));
    }

    @Test
    void shortOptionsDefaultsAndEmptyTablesSaidInWords() throws Exception {
        PlanCommand command = new PlanCommand();
        Fakes.Plans plans = new Fakes.Plans(new PlanProposal(2028, "2028-Q3", "wsjf",
                List.of(new QuarterPlan("2028-Q3", List.of(), List.of())), List.of()));
        command.plans = plans;
        Fakes.parse(command, "-q", "Q3", "-m", "wsjf", "2028");
        String out = Fakes.output(command::print);
        assertTrue(out.startsWith("Plan for 2028-Q3 ranked by wsjf"), out);
        assertTrue(out.contains("No initiative is placed."), out);
        assertTrue(out.contains("No team has capacity in the period."), out);
        assertTrue(out.contains("No initiative is left out."), out);

        PlanCommand plain = new PlanCommand();
        plain.plans = plans;
        Fakes.parse(plain, "2027");
        Fakes.output(plain::print);
        assertEquals(List.of(Arrays.asList(2028, "Q3", "wsjf"), Arrays.asList(2027, null, null)), plans.calls);
    }

    @Test
    void theYearIsRequiredAndANumber() {
        assertThrows(Exception.class, () -> Fakes.parse(new PlanCommand()));
        assertThrows(Exception.class, () -> Fakes.parse(new PlanCommand(), "next-year"));
        // Karaf's console reads options only before the first argument.
        assertThrows(Exception.class, () -> Fakes.parse(new PlanCommand(), "2027", "--quarter", "Q1"));
    }

    @Test
    void refusalsOfTheQueryEndTheCommand() throws Exception {
        PlanCommand command = new PlanCommand();
        command.plans = (year, quarter, model) -> {
            throw new IllegalArgumentException("quarter: 'Q5' is not a quarter: use Q1, Q2, Q3 or Q4");
        };
        Fakes.parse(command, "-q", "Q5", "2027");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Fakes.output(command::print)).getMessage()
                .contains("use Q1, Q2, Q3 or Q4"));
    }

    @Test
    void withoutPlanningItSaysSo() throws Exception {
        PlanCommand command = new PlanCommand();
        Fakes.parse(command, "2027");
        assertEquals(Tables.PLANNING_NOT_INSTALLED + System.lineSeparator(), Fakes.output(command::print));
    }

    @Test
    void theModelOptionCompletesWithTheModelCompleter() throws Exception {
        org.apache.karaf.shell.api.action.Completion completion = PlanCommand.class.getDeclaredField("model")
                .getAnnotation(org.apache.karaf.shell.api.action.Completion.class);
        assertEquals(ModelCompleter.class, completion.value());
    }
}
