package org.policyops.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policyops.api.tooling.AdoptionInfo;
import org.policyops.api.tooling.ToolAdoption;
import org.policyops.api.tooling.WeeklyActive;

class AdoptionCommandTest {

    /** Two rows and a two-week trend; remembers what it was asked. */
    static final class Adoption implements ToolAdoption {
        final List<String> asked = new ArrayList<>();

        @Override
        public List<AdoptionInfo> adoption(LocalDate asOf) {
            asked.add("adoption " + asOf);
            return List.of(new AdoptionInfo("label-qa", "EU", 40L, 30, 34, 0.75, 0.85),
                    new AdoptionInfo("label-qa", "US", null, 12, 20, null, null),
                    new AdoptionInfo("lms", "EU", 200L, 150, 180, 0.75, 0.9, AdoptionInfo.FROM_LEARNERS, null),
                    new AdoptionInfo("lms", "BR", null, 3, 5, null, null, null,
                            "The training feature is not installed, so the learners of role moderator cannot be counted."));
        }

        @Override
        public Optional<List<WeeklyActive>> trend(String toolKey, String region, int weeks, LocalDate asOf) {
            asked.add("trend " + toolKey + " " + region + " " + weeks + " " + asOf);
            return toolKey.equals("label-qa") ? Optional.of(List.of(new WeeklyActive(LocalDate.of(2026, 11, 13), 28, 0.7),
                    new WeeklyActive(LocalDate.of(2026, 11, 20), 30, 0.75))) : Optional.empty();
        }
    }

    private static String run(Adoption adoption, String... words) throws Exception {
        AdoptionCommand command = new AdoptionCommand();
        command.adoption = adoption;
        Fakes.parse(command, words);
        return Fakes.output(command::print);
    }

    @Test
    void adoptionPerToolAndRegion() throws Exception {
        Adoption a = new Adoption();
        String out = run(a, "--as-of", "2026-11-20", "--region", "eu");
        assertEquals(List.of("adoption 2026-11-20"), a.asked);
        assertTrue(out.contains("label-qa") && out.contains("75.0%") && out.contains("85.0%"), out);
        assertFalse(out.contains(" US "), out);
        assertTrue(run(new Adoption()).contains("US"));
    }

    @Test
    void theSourceOfEachPopulationIsShownAsTheRestAnswerHasItWithTheNotes() throws Exception {
        String out = run(new Adoption(), "--as-of", "2026-11-20");
        String header = out.lines().findFirst().orElseThrow();
        assertTrue(header.contains("Source"), out);
        String lmsEu = out.lines().filter(l -> l.startsWith("lms") && l.contains(" EU ")).findFirst().orElseThrow();
        assertTrue(lmsEu.contains("training learners"), out);
        String qaEu = out.lines().filter(l -> l.startsWith("label-qa") && l.contains(" EU ")).findFirst().orElseThrow();
        assertTrue(qaEu.contains("number"), out);
        assertTrue(out.contains("lms in BR: The training feature is not installed, so the learners of role moderator "
                + "cannot be counted."), out);
    }

    @Test
    void oneToolsWeeklyTrend() throws Exception {
        Adoption a = new Adoption();
        String out = run(a, "--tool", "label-qa", "--weeks", "2", "--as-of", "2026-11-20");
        assertEquals(List.of("trend label-qa null 2 2026-11-20"), a.asked);
        assertTrue(out.contains("2026-11-13") && out.contains("70.0%"), out);
        assertEquals("No tool nothing.", run(new Adoption(), "--tool", "nothing").strip());
        AdoptionCommand missing = new AdoptionCommand();
        assertEquals(ToolsCommand.TOOLING_NOT_INSTALLED, Fakes.output(missing::print).strip());
    }
}
