package org.policyops.planning.internal.service;

import org.policyops.testing.LocalJpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.planning.internal.domain.InitiativeType;
import org.policyops.planning.internal.domain.MilestoneKind;
import org.policyops.planning.internal.domain.RiskLevel;
import org.policyops.planning.internal.dto.MilestoneRequest;
import org.policyops.planning.internal.dto.MilestoneView;
import org.policyops.core.rest.Tagged;
import org.policyops.testing.Callers;

/** Milestones of initiatives against EclipseLink and H2: writes with If-Match, access by region, cascade on delete. */
class MilestoneServiceTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final SecurityContext PLANNER = Callers.planner("p.nair");

    LocalJpa jpa;
    InitiativeService initiatives;
    MilestoneService service;
    long eu;
    long global;

    @BeforeEach
    void setUp() {
        jpa = LocalJpa.create(PlanningUnit.NAME);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        initiatives = new InitiativeService(jpa, clock);
        service = new MilestoneService(jpa, clock);
        eu = initiatives.create(InitiativeServiceTest.dsa(), PLANNER).body().id();
        global = initiatives.create(InitiativeServiceTest.request("Global lexicon", null, InitiativeType.TOOLING,
                List.of(), List.of("EU", "US"), RiskLevel.LOW, 10, 4, "2027-Q2", null), PLANNER).body().id();
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    static MilestoneRequest launch(String date) {
        return new MilestoneRequest("Launch in all EU languages", date, MilestoneKind.LAUNCH, "Templates, notices, FAQ");
    }

    static PageRequest page() {
        return PageRequest.of(null, null, null, MilestoneService.SORTABLE, MilestoneService.DEFAULT_SORT);
    }

    @Test
    void createsListsByDateAndReadsInOneTransactionEach() {
        int before = jpa.transactions();
        Tagged<MilestoneView> created = service.create(eu, launch("2027-03-15"), PLANNER);
        assertEquals(before + 1, jpa.transactions());
        MilestoneView m = created.body();
        assertEquals(eu, m.initiativeId());
        assertEquals(LocalDate.of(2027, 3, 15), m.date());
        assertEquals(MilestoneKind.LAUNCH, m.kind());
        assertEquals("p.nair", m.createdBy());
        assertEquals(NOW, m.createdAt());
        service.create(eu, new MilestoneRequest("Kickoff", "2027-01-04", null, null), PLANNER);

        List<MilestoneView> listed = service.list(eu, page()).items();
        assertEquals(List.of("Kickoff", "Launch in all EU languages"), listed.stream().map(MilestoneView::title).toList());
        assertEquals(MilestoneKind.OTHER, listed.get(0).kind());
        assertEquals(created, service.get(eu, m.id()));
        assertEquals(0, service.list(global, page()).total());
    }

    @Test
    void aMilestoneIsOnlyFoundUnderItsOwnInitiative() {
        long id = service.create(eu, launch("2027-03-15"), PLANNER).body().id();
        ProblemException wrongParent = assertThrows(ProblemException.class, () -> service.get(global, id));
        assertEquals(404, wrongParent.status());
        assertEquals(404, assertThrows(ProblemException.class, () -> service.delete(global, id, null, PLANNER)).status());
        assertEquals(404, assertThrows(ProblemException.class, () -> service.list(9999, page())).status());
        assertEquals(404, assertThrows(ProblemException.class, () -> service.create(9999, launch("2027-03-15"), PLANNER)).status());
        assertEquals(1, jpa.count("MilestoneEntity"));
    }

    @Test
    void updateAndDeleteHonourIfMatch() {
        Tagged<MilestoneView> created = service.create(eu, launch("2027-03-15"), PLANNER);
        long id = created.body().id();
        String etag = "\"" + created.version() + "\"";
        Tagged<MilestoneView> moved = service.update(eu, id, etag, launch("2027-04-01"), PLANNER);
        assertEquals(LocalDate.of(2027, 4, 1), moved.body().date());
        assertNotEquals(created.version(), moved.version());

        assertEquals(412, assertThrows(ProblemException.class,
                () -> service.update(eu, id, etag, launch("2027-05-01"), PLANNER)).status());
        assertEquals(412, assertThrows(ProblemException.class, () -> service.delete(eu, id, etag, PLANNER)).status());
        assertEquals(LocalDate.of(2027, 4, 1), service.get(eu, id).body().date());

        service.delete(eu, id, "\"" + moved.version() + "\"", PLANNER);
        assertEquals(0, jpa.count("MilestoneEntity"));
    }

    @Test
    void aRegionalLeadWritesMilestonesOnlyOfInitiativesOfItsRegions() {
        SecurityContext euLead = Callers.lead("e.lead", "EU");
        long mine = service.create(eu, launch("2027-03-15"), euLead).body().id();
        long other = service.create(global, launch("2027-03-15"), PLANNER).body().id();

        assertEquals(403, assertThrows(ProblemException.class, () -> service.create(global, launch("2027-03-15"), euLead)).status());
        assertEquals(403, assertThrows(ProblemException.class,
                () -> service.update(global, other, null, launch("2027-06-01"), euLead)).status());
        assertEquals(403, assertThrows(ProblemException.class, () -> service.delete(global, other, null, euLead)).status());

        service.update(eu, mine, null, launch("2027-06-01"), euLead);
        service.delete(eu, mine, null, euLead);
        assertEquals(1, jpa.count("MilestoneEntity"));
    }

    @Test
    void invalidMilestonesStoreNothing() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> service.create(eu, new MilestoneRequest(" ", "15/03/2027", MilestoneKind.REVIEW, null), PLANNER));
        assertEquals(400, e.status());
        assertEquals(List.of("title", "date"), e.errors().stream().map(f -> f.field()).toList());
        assertEquals(0, jpa.count("MilestoneEntity"));
    }

    @Test
    void deletingAnInitiativeDeletesItsMilestones() {
        service.create(eu, launch("2027-03-15"), PLANNER);
        service.create(eu, new MilestoneRequest("Kickoff", "2027-01-04", MilestoneKind.KICKOFF, null), PLANNER);
        service.create(global, launch("2027-05-15"), PLANNER);
        int before = jpa.transactions();
        initiatives.delete(eu, null, PLANNER);
        assertEquals(before + 1, jpa.transactions());
        assertEquals(1, jpa.count("InitiativeEntity"));
        assertEquals(1, jpa.count("MilestoneEntity"));
    }

    @Test
    void aFailedInitiativeDeleteKeepsItsMilestones() {
        Tagged<MilestoneView> m = service.create(eu, launch("2027-03-15"), PLANNER);
        assertEquals(412, assertThrows(ProblemException.class, () -> initiatives.delete(eu, "\"999\"", PLANNER)).status());
        assertEquals(m, service.get(eu, m.body().id()));
    }
}
