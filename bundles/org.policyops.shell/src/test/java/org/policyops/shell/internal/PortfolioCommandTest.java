package org.policyops.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.apache.karaf.shell.api.console.CommandLine;
import org.junit.jupiter.api.Test;
import org.policyops.api.planning.RankedInitiative;

class PortfolioCommandTest {

    static final List<RankedInitiative> RANKED = List.of(
            new RankedInitiative(1, 17, "DSA statement-of-reasons templates", 5000.0, "Policy EMEA", "2027-Q1", "PROPOSED", null),
            new RankedInitiative(2, 4, "Coded slurs refresh", 12.345, null, "2027-Q2", "PLANNED", null),
            new RankedInitiative(3, 9, "Unestimated idea", null, "Trust Ops", "2027-Q3", "PROPOSED", "RICE needs effortWeeks"));

    @Test
    void optionsReachTheQueryAndTheTableShowsEveryColumn() throws Exception {
        PortfolioCommand command = new PortfolioCommand();
        Fakes.Portfolio portfolio = new Fakes.Portfolio(RANKED);
        command.portfolio = portfolio;
        Fakes.parse(command, "--model", "rice", "--region", "EU", "--quarter", "2027-Q1", "--limit", "5");

        String out = Fakes.output(command::print);
        assertEquals(List.of(Arrays.asList("rice", "EU", "2027-Q1", 5)), portfolio.calls);
        String[] lines = out.split("\\R");
        for (String header : List.of("Rank", "Id", "Title", "Score", "Team", "Quarter")) {
            assertTrue(lines[0].contains(header), lines[0]);
        }
        assertTrue(out.contains("DSA statement-of-reasons templates"), out);
        assertTrue(lines[2].contains("5000.00") && lines[2].contains("Policy EMEA") && lines[2].contains("2027-Q1"), lines[2]);
        assertTrue(lines[3].contains("12.35") && lines[3].contains(" - "), "rounded score, no team: " + lines[3]);
        assertTrue(lines[4].contains("Unestimated idea") && lines[4].matches(".*\\s-\\s.*Trust Ops.*"), lines[4]);
        assertEquals(5, lines.length, out);
    }

    @Test
    void shortOptionsAndDefaults() throws Exception {
        PortfolioCommand command = new PortfolioCommand();
        Fakes.Portfolio portfolio = new Fakes.Portfolio(List.of());
        command.portfolio = portfolio;
        Fakes.parse(command, "-m", "wsjf", "-n", "3");
        assertTrue(Fakes.output(command::print).contains("No initiative matches."));

        PortfolioCommand plain = new PortfolioCommand();
        plain.portfolio = portfolio;
        Fakes.parse(plain);
        Fakes.output(plain::print);
        assertEquals(List.of(Arrays.asList("wsjf", null, null, 3), Arrays.asList(null, null, null, PortfolioCommand.DEFAULT_LIMIT)),
                portfolio.calls);
    }

    @Test
    void aLimitThatIsNotANumberIsRefusedByTheParser() {
        assertThrows(Exception.class, () -> Fakes.parse(new PortfolioCommand(), "--limit", "many"));
    }

    @Test
    void withoutPlanningItSaysSo() {
        assertEquals(Tables.PLANNING_NOT_INSTALLED + System.lineSeparator(), Fakes.output(new PortfolioCommand()::print));
    }

    @Test
    void theModelCompleterOffersTheModelsThereAre() {
        ModelCompleter completer = new ModelCompleter();
        completer.portfolio = new Fakes.Portfolio(List.of());
        List<String> candidates = new java.util.ArrayList<>();
        CommandLine line = Fakes.stub(CommandLine.class, java.util.Map.of("getCursorArgument", "ri",
                "getArgumentPosition", 2, "getBufferPosition", 2));
        completer.complete(null, line, candidates);
        assertEquals(List.of("rice ", "risk "), candidates);

        ModelCompleter without = new ModelCompleter();
        List<String> none = new java.util.ArrayList<>();
        without.complete(null, line, none);
        assertEquals(List.of(), none);
    }
}
