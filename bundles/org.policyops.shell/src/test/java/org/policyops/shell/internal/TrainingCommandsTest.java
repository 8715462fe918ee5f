package org.policyops.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policyops.api.RegionCode;
import org.policyops.api.training.CertificationInfo;
import org.policyops.api.training.CoverageInfo;
import org.policyops.api.training.GapInfo;
import org.policyops.api.training.TrainingCoverage;
import org.policyops.api.training.TrainingQuery;

class TrainingCommandsTest {

    /** Answers one row per policy and role, and remembers what it was asked. */
    static final class Coverage implements TrainingCoverage {
        final List<String> asked = new ArrayList<>();

        @Override
        public CoverageInfo coverage(String policyKey, RegionCode region, String role) {
            asked.add(policyKey + "/" + region + "/" + role);
            return new CoverageInfo(policyKey, "3.0.0", region, role, 31, 29, 29 / 31.0, 89.6, 81.0);
        }

        @Override
        public List<CoverageInfo> coverage(String policyKey, RegionCode region) {
            asked.add(policyKey + "/" + region);
            return List.of(new CoverageInfo(policyKey, null, region, "moderator", 10, 0, 0.0, null, null));
        }
    }

    private static TrainingQuery query(Map<String, Object> answers) {
        return Fakes.stub(TrainingQuery.class, answers);
    }

    @Test
    void coverageOfEveryKnownPolicyInTheRegion() throws Exception {
        CoverageCommand command = new CoverageCommand();
        Coverage coverage = new Coverage();
        command.coverage = coverage;
        command.training = query(Map.of("policyKeys", List.of("child-safety", "hate-speech")));
        Fakes.parse(command, "--role", "moderator", "eu");

        String out = Fakes.output(command::print);
        assertEquals(List.of("child-safety/EU/moderator", "hate-speech/EU/moderator"), coverage.asked);
        String[] lines = out.split("\\R");
        assertTrue(lines[0].contains("Coverage") && lines[0].contains("P10"), lines[0]);
        assertTrue(lines[2].contains("child-safety") && lines[2].contains("93.5%") && lines[2].contains("81.0"), lines[2]);
    }

    @Test
    void coverageWithoutARoleListsEveryRoleAndShowsDashesForMissingScores() throws Exception {
        CoverageCommand command = new CoverageCommand();
        Coverage coverage = new Coverage();
        command.coverage = coverage;
        command.training = query(Map.of());
        Fakes.parse(command, "--policy", "hate-speech", "UK");
        String out = Fakes.output(command::print);
        assertEquals(List.of("hate-speech/UK"), coverage.asked);
        assertTrue(out.split("\\R")[2].contains("0.0%") && out.split("\\R")[2].contains(" - "), out);
    }

    @Test
    void coverageOfARegionWithoutFiltersIsTheReportInOneCall() throws Exception {
        CoverageCommand command = new CoverageCommand();
        Coverage coverage = new Coverage();
        command.coverage = coverage;
        command.training = query(Map.of("coverageReport", List.of(new CoverageInfo("misinformation", "1.0.0",
                RegionCode.of("BR"), "qa-reviewer", 4, 1, 0.25, 88.0, 88.0))));
        Fakes.parse(command, "br");
        String out = Fakes.output(command::print);
        assertEquals(List.of(), coverage.asked);
        assertTrue(out.split("\\R")[2].contains("misinformation") && out.contains("25.0%"), out);
    }

    @Test
    void gapsAsATableWithTheSuggestedAction() throws Exception {
        GapsCommand command = new GapsCommand();
        command.training = query(Map.of("gaps", List.of(new GapInfo(1, "child-safety", "EU", "moderator", 31, 21, 21 / 31.0,
                0.0775, 0.0225, "2026-10", 0.24, List.of("coverage 67.7% is under the target of 90.0%"),
                "Assign CS-400 (Child safety 4.0) to the 10 uncertified moderators in EU."))));
        Fakes.parse(command, "--limit", "5");
        String out = Fakes.output(command::print);
        assertTrue(out.contains("67.7% (21/31)") && out.contains("7.8%") && out.contains("Assign CS-400"), out);
        GapsCommand tooMany = new GapsCommand();
        tooMany.training = command.training;
        Fakes.parse(tooMany, "--limit", "501");
        assertThrows(IllegalArgumentException.class, () -> Fakes.output(tooMany::print));
    }

    @Test
    void certsOfALearnerOrSayThereIsNone() throws Exception {
        CertsCommand command = new CertsCommand();
        command.training = query(Map.of("certifications", Optional.of(List.of(new CertificationInfo(7, "EU-0001", "HS-300",
                "hate-speech", "3.0.0", false, 91, Instant.parse("2026-03-01T10:00:00Z"), Instant.parse("2027-03-01T10:00:00Z"),
                "VALID", null)))));
        Fakes.parse(command, "EU-0001");
        String out = Fakes.output(command::print);
        assertTrue(out.contains("HS-300") && out.contains("2027-03-01") && out.contains("VALID"), out);

        CertsCommand unknown = new CertsCommand();
        unknown.training = query(Map.of("certifications", Optional.empty()));
        Fakes.parse(unknown, "XX-1");
        assertEquals("No learner 'XX-1' exists.", Fakes.output(unknown::print).trim());
    }

    @Test
    void withoutTrainingEveryCommandSaysSo() throws Exception {
        CertsCommand certs = new CertsCommand();
        Fakes.parse(certs, "EU-0001");
        assertEquals(TrainingTables.TRAINING_NOT_INSTALLED, Fakes.output(certs::print).trim());
        GapsCommand gaps = new GapsCommand();
        assertEquals(TrainingTables.TRAINING_NOT_INSTALLED, Fakes.output(gaps::print).trim());
        CoverageCommand coverage = new CoverageCommand();
        Fakes.parse(coverage, "EU");
        assertEquals(TrainingTables.TRAINING_NOT_INSTALLED, Fakes.output(coverage::print).trim());
    }
}
