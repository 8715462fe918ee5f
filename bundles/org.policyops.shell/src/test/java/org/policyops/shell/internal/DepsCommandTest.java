package org.policyops.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyops.api.planning.BlockedInfo;
import org.policyops.api.planning.DependencyInfo;
import org.policyops.api.planning.DependencyInfo.Direction;

class DepsCommandTest {

    static final List<DependencyInfo> DEPS = List.of(
            new DependencyInfo(Direction.DEPENDS_ON, 3, "Classifier retraining", "IN_PROGRESS", "2027-Q1"),
            new DependencyInfo(Direction.DEPENDED_ON_BY, 8, "Moderator training", "PLANNED", "2027-Q2"));
    static final List<BlockedInfo> BLOCKED = List.of(
            new BlockedInfo(8, "Moderator training", "PLANNED", "2027-Q2", true, List.of(3L, 5L)));

    @Test
    void theArgumentIsTheInitiativeAndBothDirectionsAreListed() throws Exception {
        DepsCommand command = new DepsCommand();
        Fakes.Dependencies deps = new Fakes.Dependencies(DEPS, BLOCKED);
        command.dependencies = deps;
        Fakes.parse(command, "42");

        String out = Fakes.output(command::print);
        assertEquals(List.of(42L), deps.asked);
        String[] lines = out.split("\\R");
        assertTrue(lines[0].contains("Relation") && lines[0].contains("Status"), lines[0]);
        assertTrue(lines[2].startsWith("depends on") && lines[2].contains("Classifier retraining"), lines[2]);
        assertTrue(lines[3].startsWith("depended on by") && lines[3].contains("Moderator training"), lines[3]);
        assertFalse(out.contains("Blocked by"), "no blocked list unless asked");
    }

    @Test
    void blockedListsWhatWaitsAndForWhat() throws Exception {
        DepsCommand command = new DepsCommand();
        command.dependencies = new Fakes.Dependencies(DEPS, BLOCKED);
        Fakes.parse(command, "--blocked");

        String out = Fakes.output(command::print);
        String[] lines = out.split("\\R");
        assertTrue(lines[0].contains("Blocked by") && lines[0].contains("Planned before a dependency"), lines[0]);
        assertTrue(lines[2].contains("Moderator training") && lines[2].contains("3, 5") && lines[2].contains("yes"), lines[2]);
        assertFalse(out.contains("Relation"));
    }

    @Test
    void emptyAnswersAreSaidInWords() throws Exception {
        DepsCommand command = new DepsCommand();
        command.dependencies = new Fakes.Dependencies(List.of(), List.of());
        Fakes.parse(command, "-b", "7");
        String out = Fakes.output(command::print);
        assertTrue(out.contains("Initiative 7 has no dependencies."), out);
        assertTrue(out.contains("No initiative is blocked."), out);
    }

    @Test
    void anIdOrBlockedIsNeeded() throws Exception {
        DepsCommand command = new DepsCommand();
        command.dependencies = new Fakes.Dependencies(DEPS, BLOCKED);
        Fakes.parse(command);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Fakes.output(command::print)).getMessage()
                .contains("--blocked"));
        assertThrows(Exception.class, () -> Fakes.parse(new DepsCommand(), "forty-two"));
    }

    @Test
    void withoutPlanningItSaysSo() throws Exception {
        DepsCommand command = new DepsCommand();
        Fakes.parse(command, "42");
        assertEquals(Tables.PLANNING_NOT_INSTALLED + System.lineSeparator(), Fakes.output(command::print));
    }
}
