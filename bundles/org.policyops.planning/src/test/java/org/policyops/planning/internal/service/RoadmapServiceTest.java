package org.policyops.planning.internal.service;

import org.policyops.testing.LocalJpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyops.planning.internal.domain.InitiativeStatus;
import org.policyops.planning.internal.domain.InitiativeType;
import org.policyops.planning.internal.domain.MilestoneKind;
import org.policyops.planning.internal.domain.RiskLevel;
import org.policyops.planning.internal.domain.RoadmapPeriod;
import org.policyops.planning.internal.dto.InitiativeRequest;
import org.policyops.planning.internal.dto.MilestoneRequest;
import org.policyops.planning.internal.dto.Roadmap;
import org.policyops.planning.internal.entity.InitiativeEntity;
import org.policyops.planning.internal.entity.MilestoneEntity;

/** Roadmaps against EclipseLink and H2: which initiatives and milestones a year or quarter shows, and the filters. */
class RoadmapServiceTest {

    LocalJpa jpa;
    RoadmapService service;
    long slurs;
    long trainers;
    long tooling;

    @BeforeEach
    void setUp() {
        jpa = LocalJpa.create(PlanningUnit.NAME);
        Clock clock = Clock.fixed(MilestoneServiceTest.NOW, ZoneOffset.UTC);
        InitiativeService initiatives = new InitiativeService(jpa, clock);
        MilestoneService milestones = new MilestoneService(jpa, clock);
        service = new RoadmapService(jpa);
        slurs = initiatives.create(initiative("Coded slurs", List.of("live", "short-video"), List.of("EU", "UK"), "2026-Q4",
                "Policy EMEA"), MilestoneServiceTest.PLANNER).body().id();
        trainers = initiatives.create(initiative("Trainer program", List.of("live"), List.of("IN", "JP"), "2027-Q1",
                "Policy Training APAC"), MilestoneServiceTest.PLANNER).body().id();
        tooling = initiatives.create(initiative("Classifier", List.of("ads"), List.of("US"), "2027-Q3", null),
                MilestoneServiceTest.PLANNER).body().id();
        milestone(milestones, slurs, "Draft", "2026-11-16", MilestoneKind.POLICY_DRAFT);
        milestone(milestones, slurs, "Launch", "2027-01-18", MilestoneKind.LAUNCH);
        milestone(milestones, trainers, "Trainers ready", "2027-03-31", MilestoneKind.TRAINING_READY);
        milestone(milestones, trainers, "Kickoff", "2027-01-01", MilestoneKind.KICKOFF);
        milestone(milestones, tooling, "Kickoff", "2027-04-01", MilestoneKind.KICKOFF);
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    static InitiativeRequest initiative(String title, List<String> lobs, List<String> regions, String quarter, String team) {
        return new InitiativeRequest(title, null, InitiativeType.POLICY_UPDATE, lobs, regions, RiskLevel.HIGH, 1000L, 1.0,
                0.5, 4.0, quarter, InitiativeStatus.PLANNED, team);
    }

    static void milestone(MilestoneService milestones, long initiative, String title, String date, MilestoneKind kind) {
        milestones.create(initiative, new MilestoneRequest(title, date, kind, null), MilestoneServiceTest.PLANNER);
    }

    private Roadmap roadmap(int year, Integer quarter, RoadmapFilter filter) {
        return service.roadmap(new RoadmapPeriod(year, quarter), filter);
    }

    private static List<String> titles(Roadmap r) {
        return r.initiatives().stream().map(Roadmap.Item::title).toList();
    }

    private static List<String> milestones(Roadmap r) {
        return r.initiatives().stream().flatMap(i -> i.milestones().stream().map(m -> i.title() + "/" + m.title())).toList();
    }

    @Test
    void aQuarterShowsItsInitiativesAndThoseWithMilestonesInIt() {
        int before = jpa.transactions();
        Roadmap q1 = roadmap(2027, 1, RoadmapFilter.none());
        assertEquals(before + 1, jpa.transactions());
        assertEquals("Q1", q1.quarter());
        assertEquals(LocalDate.of(2027, 1, 1), q1.from());
        assertEquals(LocalDate.of(2027, 3, 31), q1.to());
        // Coded slurs is targeted in 2026-Q4 but launches in 2027-Q1; its 2026 draft is not in this quarter.
        assertEquals(List.of("Coded slurs", "Trainer program"), titles(q1));
        assertEquals(List.of("Coded slurs/Launch", "Trainer program/Kickoff", "Trainer program/Trainers ready"), milestones(q1));
        assertEquals(1, q1.quarters().size());
        assertEquals(List.of(trainers), q1.quarters().get(0).initiativeIds());
        assertEquals(3, q1.quarters().get(0).milestoneIds().size());
    }

    @Test
    void aYearShowsEveryQuarterInOrder() {
        Roadmap year = roadmap(2027, null, RoadmapFilter.none());
        assertEquals(null, year.quarter());
        assertEquals(LocalDate.of(2027, 12, 31), year.to());
        assertEquals(List.of("Coded slurs", "Trainer program", "Classifier"), titles(year));
        assertEquals(List.of("2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4"),
                year.quarters().stream().map(Roadmap.QuarterGroup::quarter).toList());
        assertEquals(List.of(tooling), year.quarters().get(2).initiativeIds());
        assertEquals(1, year.quarters().get(1).milestoneIds().size()); // the classifier's kickoff on 1 April

        Roadmap last = roadmap(2026, null, RoadmapFilter.none());
        assertEquals(List.of("Coded slurs"), titles(last));
        assertEquals(List.of("Coded slurs/Draft"), milestones(last));
        assertEquals(List.of(), titles(roadmap(2025, null, RoadmapFilter.none())));
        assertEquals(List.of(), titles(roadmap(2027, 4, RoadmapFilter.none())));
    }

    @Test
    void filtersByLineOfBusinessRegionAndTeam() {
        assertEquals(List.of("Coded slurs", "Trainer program"), titles(roadmap(2027, null, RoadmapFilter.of("live", null, null))));
        assertEquals(List.of("Classifier"), titles(roadmap(2027, null, RoadmapFilter.of("ADS", null, null))));
        assertEquals(List.of("Coded slurs"), titles(roadmap(2027, null, RoadmapFilter.of(null, "uk", null))));
        assertEquals(List.of("Trainer program", "Classifier"), titles(roadmap(2027, null, RoadmapFilter.of(null, "JP,US", null))));
        assertEquals(List.of("Trainer program"), titles(roadmap(2027, null, RoadmapFilter.of(null, null, "policy training apac"))));
        assertEquals(List.of("Coded slurs"), titles(roadmap(2027, 1, RoadmapFilter.of("live", "EU", "Policy EMEA"))));
        assertEquals(List.of(), titles(roadmap(2027, 1, RoadmapFilter.of("ads", "EU", null))));
    }

    @Test
    void aRoadmapWithMoreInitiativesThanOneStatementNamesIsComplete() {
        int n = RoadmapService.CHUNK + 20;
        jpa.tx(em -> {
            for (int k = 0; k < n; k++) {
                InitiativeEntity i = new InitiativeEntity("p.nair", MilestoneServiceTest.NOW);
                i.apply(initiative(String.format("Bulk %04d", k), List.of("live"), List.of("EU"), "2040-Q2", null).validate(),
                        MilestoneServiceTest.NOW);
                em.persist(i);
                MilestoneEntity m = new MilestoneEntity(i, "p.nair", MilestoneServiceTest.NOW);
                m.apply(new MilestoneRequest("Launch", "2040-05-01", MilestoneKind.LAUNCH, null).validate(), MilestoneServiceTest.NOW);
                em.persist(m);
            }
        });
        Roadmap r = roadmap(2040, 2, RoadmapFilter.none());
        assertEquals(n, r.initiatives().size());
        assertEquals("Bulk " + String.format("%04d", n - 1), r.initiatives().get(n - 1).title());
        r.initiatives().forEach(i -> {
            assertEquals(1, i.milestones().size(), i.title());
            assertEquals(List.of("EU"), i.regions());
            assertEquals(List.of("live"), i.linesOfBusiness());
        });
    }
}
