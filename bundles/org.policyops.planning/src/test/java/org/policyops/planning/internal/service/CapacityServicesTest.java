package org.policyops.planning.internal.service;

import org.policyops.testing.LocalJpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.planning.internal.domain.InitiativeStatus;
import org.policyops.planning.internal.domain.InitiativeType;
import org.policyops.planning.internal.domain.Quarter;
import org.policyops.planning.internal.domain.RiskLevel;
import org.policyops.planning.internal.dto.CapacityReport;
import org.policyops.planning.internal.dto.DependencyRequest;
import org.policyops.planning.internal.dto.HolidayRequest;
import org.policyops.planning.internal.dto.InitiativeRequest;
import org.policyops.planning.internal.dto.LeaveRequest;
import org.policyops.planning.internal.dto.PlanRequest;
import org.policyops.planning.internal.dto.PlanView;
import org.policyops.core.rest.Tagged;
import org.policyops.planning.internal.dto.TeamRequest;
import org.policyops.planning.internal.dto.TeamView;
import org.policyops.planning.internal.portfolio.PortfolioSettings;
import org.policyops.testing.Callers;

/** Teams, holidays, leave, the capacity report and the planner against EclipseLink and H2. */
class CapacityServicesTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final SecurityContext PLANNER = Callers.planner("p.nair");
    static final List<Quarter> YEAR = new PlanRequest(2027, null, null).validate();

    LocalJpa jpa;
    TeamService teams;
    CapacityService capacity;
    InitiativeService initiatives;
    DependencyService dependencies;
    PlanService planner;

    @BeforeEach
    void setUp() {
        jpa = LocalJpa.create(PlanningUnit.NAME);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        teams = new TeamService(jpa, clock);
        capacity = new CapacityService(jpa, clock);
        initiatives = new InitiativeService(jpa, clock);
        dependencies = new DependencyService(jpa, clock);
        planner = new PlanService(jpa, new PortfolioService(jpa, clock,
                PortfolioSettings.of(PortfolioServiceTest.config("rice", 1))));
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    static TeamRequest emea() {
        return new TeamRequest("Policy EMEA", "eu", List.of(new TeamRequest.Member("Katrin Wendt", "Lead", null),
                new TeamRequest.Member("Tomasz Rybak", "Analyst", 0.5)));
    }

    long initiative(String title, String team, double effort, String quarter, InitiativeStatus status) {
        return initiatives.create(new InitiativeRequest(title, null, InitiativeType.TOOLING, List.of(), List.of("EU"),
                RiskLevel.LOW, 1000L, 2.0, 0.5, effort, quarter, status, team), PLANNER).body().id();
    }

    @Test
    void createsReadsUpdatesAndDeletesATeamInOneTransactionEach() {
        int before = jpa.transactions();
        Tagged<TeamView> created = teams.create(emea(), PLANNER);
        assertEquals(before + 1, jpa.transactions());
        TeamView t = created.body();
        assertEquals("EU", t.region());
        assertEquals(List.of("Katrin Wendt", "Tomasz Rybak"), t.members().stream().map(TeamView.Member::name).toList());
        assertEquals(1.0, t.members().get(0).fte());
        assertEquals("p.nair", t.createdBy());

        Tagged<TeamView> read = teams.get(t.id());
        assertEquals(created.version(), read.version());
        Tagged<TeamView> updated = teams.update(t.id(), "\"" + read.version() + "\"",
                new TeamRequest("Policy EMEA", null, List.of(new TeamRequest.Member("Ines Valcourt", null, 0.8))), PLANNER);
        assertEquals(List.of("Ines Valcourt"), updated.body().members().stream().map(TeamView.Member::name).toList());
        assertNull(updated.body().region());
        assertEquals(1, teams.list(PageRequest.of(null, null, null, TeamService.SORTABLE, TeamService.DEFAULT_SORT)).total());

        ProblemException stale = assertThrows(ProblemException.class,
                () -> teams.delete(t.id(), "\"" + read.version() + "\"", PLANNER));
        assertEquals(412, stale.status());
        teams.delete(t.id(), "\"" + updated.version() + "\"", PLANNER);
        assertEquals(404, assertThrows(ProblemException.class, () -> teams.get(t.id())).status());
    }

    @Test
    void teamNamesAreUniqueAndTeamsAreValidated() {
        long id = teams.create(emea(), PLANNER).body().id();
        assertEquals(409, assertThrows(ProblemException.class, () -> teams.create(emea(), PLANNER)).status());
        long other = teams.create(new TeamRequest("Policy Global", null, List.of()), PLANNER).body().id();
        assertEquals(409, assertThrows(ProblemException.class, () -> teams.update(other, null, emea(), PLANNER)).status());
        assertEquals(id, teams.get(id).body().id());

        ProblemException bad = assertThrows(ProblemException.class, () -> teams.create(new TeamRequest(" ", "Europe!",
                List.of(new TeamRequest.Member("A", null, 1.5), new TeamRequest.Member("a", null, 0.0))), PLANNER));
        assertEquals(400, bad.status());
        assertEquals(List.of("name", "region", "members[0].fte", "members[1].fte", "members[1].name"),
                bad.errors().stream().map(e -> e.field()).toList());
    }

    @Test
    void holidaysAndLeaveReduceCapacityAndDemandIsSummedPerTeamAndQuarter() {
        teams.create(emea(), PLANNER);
        CapacityReport plain = capacity.report(2027, YEAR, null);
        assertEquals(19.5, plain.teams().get(0).quarters().get(0).capacity());

        capacity.addHoliday(new HolidayRequest("EU", "2027-Q1", 5.0), PLANNER);
        capacity.addHoliday(new HolidayRequest("US", "2027-Q1", 10.0), PLANNER);
        assertEquals(409, assertThrows(ProblemException.class,
                () -> capacity.addHoliday(new HolidayRequest("eu", "2027-q1", 2.0), PLANNER)).status());
        capacity.addLeave(new LeaveRequest("Policy EMEA", "Katrin Wendt", "2027-Q1", 10.0), PLANNER);
        assertEquals(400, assertThrows(ProblemException.class,
                () -> capacity.addLeave(new LeaveRequest("Policy Mars", "Katrin Wendt", "2027-Q1", 1.0), PLANNER)).status());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> capacity.addLeave(new LeaveRequest("Policy EMEA", "Nobody", "2027-Q1", 1.0), PLANNER)).status());

        initiative("A", "Policy EMEA", 10, "2027-Q1", InitiativeStatus.PLANNED);
        initiative("B", "Policy EMEA", 6, "2027-Q1", InitiativeStatus.IN_PROGRESS);
        initiative("Done", "Policy EMEA", 50, "2027-Q1", InitiativeStatus.DONE);
        initiative("Cancelled", "Policy EMEA", 50, "2027-Q1", InitiativeStatus.CANCELLED);
        initiative("Other year", "Policy EMEA", 50, "2028-Q1", InitiativeStatus.PLANNED);
        initiative("Orphan", "Policy Mars", 3, "2027-Q2", InitiativeStatus.PROPOSED);

        int before = jpa.transactions();
        CapacityReport report = capacity.report(2027, YEAR, null);
        assertEquals(before + 1, jpa.transactions());
        CapacityReport.QuarterCapacity q1 = report.teams().get(0).quarters().get(0);
        // Katrin: 13 − 1 − 2 = 10; Tomasz: 6.5 − 0.5 = 6
        assertEquals(16.0, q1.capacity());
        assertEquals(16.0, q1.demand());
        assertEquals(1.0, q1.utilization());
        assertFalse(q1.overAllocated());
        assertEquals(5.0, q1.holidayDays());
        assertEquals(10.0, q1.leaveDays());
        CapacityReport.QuarterCapacity q2 = report.teams().get(0).quarters().get(1);
        assertEquals(19.5, q2.capacity());
        assertEquals(0.0, q2.demand());
        assertEquals(List.of(new CapacityReport.Unassigned("Policy Mars", "2027-Q2", 3.0)), report.unassigned());

        initiative("C", "Policy EMEA", 0.5, "2027-Q1", InitiativeStatus.PROPOSED);
        CapacityReport.QuarterCapacity over = capacity.report(2027, List.of(new Quarter(2027, 1)), "Policy EMEA")
                .teams().get(0).quarters().get(0);
        assertTrue(over.overAllocated());
        assertEquals(1.03, over.utilization());
        assertEquals(404, assertThrows(ProblemException.class,
                () -> capacity.report(2027, YEAR, "Policy Mars")).status());
    }

    @Test
    void holidayAndLeaveRecordsAreListedAndDeleted() {
        long team = teams.create(emea(), PLANNER).body().id();
        long h = capacity.addHoliday(new HolidayRequest("EU", "2027-Q2", 4.0), PLANNER).id();
        long l = capacity.addLeave(new LeaveRequest("Policy EMEA", "Tomasz Rybak", "2027-Q3", 5.0), PLANNER).id();
        assertEquals(1, capacity.holidays(PageRequest.of(null, null, null, CapacityService.HOLIDAY_SORTABLE,
                CapacityService.DEFAULT_SORT)).total());
        var leave = capacity.leave(PageRequest.of(null, null, null, CapacityService.LEAVE_SORTABLE,
                CapacityService.DEFAULT_SORT)).items();
        assertEquals("Policy EMEA", leave.get(0).team());
        assertEquals(team, leave.get(0).teamId());
        capacity.deleteHoliday(h, PLANNER);
        capacity.deleteLeave(l, PLANNER);
        assertEquals(0, jpa.count("HolidayEntity"));
        assertEquals(0, jpa.count("LeaveEntity"));
        assertEquals(404, assertThrows(ProblemException.class, () -> capacity.deleteHoliday(h, PLANNER)).status());
        assertEquals(404, assertThrows(ProblemException.class, () -> capacity.deleteLeave(l, PLANNER)).status());
        // A deleted team takes its leave records with it.
        capacity.addLeave(new LeaveRequest("Policy EMEA", "Tomasz Rybak", "2027-Q3", 5.0), PLANNER);
        teams.delete(team, null, PLANNER);
        assertEquals(0, jpa.count("LeaveEntity"));
    }

    @Test
    void regionalLeadsWriteTeamsHolidaysAndLeaveOfTheirRegionsOnly() {
        SecurityContext lead = Callers.lead("e.lead", "EU", "UK");
        Tagged<TeamView> eu = teams.create(emea(), lead);
        assertEquals(403, assertThrows(ProblemException.class, () -> teams.create(
                new TeamRequest("Policy Japan", "JP", List.of()), lead)).status());
        assertEquals(403, assertThrows(ProblemException.class, () -> teams.create(
                new TeamRequest("Policy Global", null, List.of()), lead)).status());
        // Moving a team out of the lead's regions is writing a team of another region.
        assertEquals(403, assertThrows(ProblemException.class, () -> teams.update(eu.body().id(), null,
                new TeamRequest("Policy EMEA", "JP", List.of()), lead)).status());
        long jp = teams.create(new TeamRequest("Policy Japan", "JP", List.of(new TeamRequest.Member("Aiko", null, 1.0))),
                PLANNER).body().id();
        assertEquals(403, assertThrows(ProblemException.class, () -> teams.delete(jp, null, lead)).status());

        long h = capacity.addHoliday(new HolidayRequest("UK", "2027-Q2", 2.0), lead).id();
        assertEquals(403, assertThrows(ProblemException.class,
                () -> capacity.addHoliday(new HolidayRequest("JP", "2027-Q2", 2.0), lead)).status());
        capacity.addLeave(new LeaveRequest("Policy EMEA", "Katrin Wendt", "2027-Q2", 3.0), lead);
        long jpLeave = capacity.addLeave(new LeaveRequest("Policy Japan", "Aiko", "2027-Q2", 3.0), PLANNER).id();
        assertEquals(403, assertThrows(ProblemException.class,
                () -> capacity.addLeave(new LeaveRequest("Policy Japan", "Aiko", "2027-Q2", 3.0), lead)).status());
        assertEquals(403, assertThrows(ProblemException.class, () -> capacity.deleteLeave(jpLeave, lead)).status());
        capacity.deleteHoliday(h, lead);
        teams.delete(eu.body().id(), null, lead);
        assertEquals(1, jpa.count("TeamEntity"));
    }

    @Test
    void planPlacesByRankRespectsDependenciesExplainsAndStoresNothing() {
        teams.create(new TeamRequest("Integrity Tooling", null, List.of(new TeamRequest.Member("Rei Tamura", null, 1.0))), PLANNER);
        long prerequisite = initiative("Classifier", "Integrity Tooling", 6, "2027-Q1", InitiativeStatus.PROPOSED);
        long dependent = initiative("Rollout", "Integrity Tooling", 2, "2027-Q1", InitiativeStatus.PLANNED);
        dependencies.add(dependent, new DependencyRequest(prerequisite), PLANNER);
        long huge = initiative("Huge", "Integrity Tooling", 40, "2027-Q2", InitiativeStatus.PROPOSED);
        long orphan = initiative("Orphan", "Policy Mars", 1, "2027-Q1", InitiativeStatus.PROPOSED);
        long running = initiative("Running", "Integrity Tooling", 4, "2027-Q1", InitiativeStatus.IN_PROGRESS);
        initiative("Next year", "Integrity Tooling", 1, "2028-Q1", InitiativeStatus.PROPOSED);
        long versions = jpa.read(em -> (long) em.createQuery("select sum(i.version) from InitiativeEntity i", Long.class)
                .getSingleResult());

        int before = jpa.transactions();
        PlanView plan = planner.plan(new PlanRequest(2027, null, "rice"));
        assertEquals(before + 1, jpa.transactions());
        assertFalse(plan.applied());
        assertEquals("rice", plan.model());
        assertEquals(4, plan.quarters().size());
        List<Long> q1 = plan.quarters().get(0).placed().stream().map(PlanView.Placed::id).toList();
        List<Long> q2 = plan.quarters().get(1).placed().stream().map(PlanView.Placed::id).toList();
        assertTrue(q1.contains(running) && q1.contains(prerequisite), q1.toString());
        assertTrue(q2.contains(dependent), q2.toString());
        assertEquals(new PlanView.TeamLeft("Integrity Tooling", 13.0, 3.0), plan.quarters().get(0).remaining().get(0));
        assertEquals("larger than any quarter's capacity of team Integrity Tooling (40 > 13)", reason(plan, huge));
        assertEquals("no team named Policy Mars", reason(plan, orphan));
        assertEquals(2, plan.leftOut().size());
        // A proposal: nothing changed.
        assertEquals(versions, (long) jpa.read(em -> em.createQuery("select sum(i.version) from InitiativeEntity i",
                Long.class).getSingleResult()));

        PlanView q3only = planner.plan(new PlanRequest(2027, "q3", null));
        assertEquals("2027-Q3", q3only.quarter());
        assertEquals(1, q3only.quarters().size());
        assertTrue(q3only.leftOut().isEmpty() && q3only.quarters().get(0).placed().isEmpty());
    }

    @Test
    void planRequestsAreValidated() {
        ProblemException bad = assertThrows(ProblemException.class, () -> planner.plan(new PlanRequest(null, "Q5", null)));
        assertEquals(List.of("year", "quarter"), bad.errors().stream().map(e -> e.field()).toList());
        ProblemException model = assertThrows(ProblemException.class, () -> planner.plan(new PlanRequest(2027, null, "moscow")));
        assertEquals("model", model.errors().get(0).field());
    }

    static String reason(PlanView plan, long id) {
        return plan.leftOut().stream().filter(l -> l.id() == id).map(PlanView.LeftOut::reason).findFirst().orElse(null);
    }
}
