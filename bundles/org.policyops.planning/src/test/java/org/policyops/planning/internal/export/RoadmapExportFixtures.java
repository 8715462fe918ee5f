package org.policyops.planning.internal.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.policyops.planning.internal.domain.InitiativeStatus;
import org.policyops.planning.internal.domain.MilestoneKind;
import org.policyops.planning.internal.dto.Roadmap;

/** A small roadmap for 2027-Q1 whose texts need quoting and escaping in both formats. */
final class RoadmapExportFixtures {

    static final Instant CHANGED = Instant.parse("2026-11-20T10:15:30.123Z");

    private RoadmapExportFixtures() {
    }

    static Roadmap q1() {
        Roadmap.Milestone launch = new Roadmap.Milestone(7, "Launch, \"big bang\"", LocalDate.of(2027, 1, 18),
                MilestoneKind.LAUNCH, "Line one\nLine two; with, commas", CHANGED);
        Roadmap.Milestone kickoff = new Roadmap.Milestone(8, "Kickoff", LocalDate.of(2027, 3, 31), MilestoneKind.KICKOFF,
                null, CHANGED);
        Roadmap.Item slurs = new Roadmap.Item(1, "Update hate-speech policy for coded slurs (v3.1)", "2026-Q4",
                InitiativeStatus.IN_PROGRESS, List.of("EU", "UK"), List.of("live", "short-video"), "Policy EMEA", CHANGED,
                List.of(launch));
        Roadmap.Item trainers = new Roadmap.Item(2, "Train-the-trainer, APAC: child safety — 子供の安全", "2027-Q1",
                InitiativeStatus.PLANNED, List.of("JP"), List.of(), null, CHANGED, List.of(kickoff));
        return new Roadmap(2027, "Q1", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31),
                List.of(new Roadmap.QuarterGroup("2027-Q1", List.of(2L), List.of(7L, 8L))), List.of(slurs, trainers));
    }
}
