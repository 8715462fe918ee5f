package org.policyops.planning.internal.service;

import org.policyops.testing.LocalJpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyops.api.planning.BlockedInfo;
import org.policyops.api.planning.DependencyInfo;
import org.policyops.api.planning.DependencyInfo.Direction;
import org.policyops.api.planning.PlanProposal;
import org.policyops.api.planning.RankedInitiative;
import org.policyops.planning.internal.domain.InitiativeStatus;
import org.policyops.planning.internal.domain.InitiativeType;
import org.policyops.planning.internal.domain.RiskLevel;
import org.policyops.planning.internal.dto.DependencyRequest;
import org.policyops.planning.internal.dto.InitiativeRequest;
import org.policyops.planning.internal.dto.TeamRequest;
import org.policyops.planning.internal.portfolio.PortfolioSettings;
import org.policyops.testing.Callers;

class QueryServicesTest {

    static final SecurityContext PLANNER = Callers.planner("p.nair");

    LocalJpa jpa;
    InitiativeService initiatives;
    DependencyService dependencyService;
    PortfolioQueryService portfolio;
    DependencyQueryService dependencies;
    PlanQueryService plans;
    TeamService teams;

    @BeforeEach
    void setUp() {
        jpa = LocalJpa.create(PlanningUnit.NAME);
        initiatives = new InitiativeService(jpa);
        dependencyService = new DependencyService(jpa);
        PortfolioService ranking = new PortfolioService(jpa, Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC),
                new PortfolioSettings("rice", Map.of(RiskLevel.LOW, 1.0, RiskLevel.MEDIUM, 2.0, RiskLevel.HIGH, 3.0,
                        RiskLevel.CRITICAL, 4.0), 90));
        portfolio = new PortfolioQueryService(ranking, jpa);
        dependencies = new DependencyQueryService(dependencyService, new SchedulingService(jpa));
        plans = new PlanQueryService(new PlanService(jpa, ranking));
        teams = new TeamService(jpa);
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    long create(String title, String region, long reach, String quarter, InitiativeStatus status, String team) {
        return initiatives.create(new InitiativeRequest(title, null, InitiativeType.POLICY_UPDATE, List.of("live"),
                List.of(region), RiskLevel.HIGH, reach, 1.0, 1.0, 2.0, quarter, status, team), PLANNER).body().id();
    }

    @Test
    void ranksWithFiltersLimitAndOwningTeam() {
        long big = create("Big", "EU", 10_000, "2027-Q1", InitiativeStatus.PROPOSED, "Policy EMEA");
        create("Small", "EU", 100, "2027-Q1", InitiativeStatus.PROPOSED, null);
        create("Elsewhere", "JP", 1_000_000, "2027-Q1", InitiativeStatus.PROPOSED, "Policy APAC");
        create("Later", "EU", 1_000_000, "2027-Q2", InitiativeStatus.PROPOSED, "Policy EMEA");

        List<RankedInitiative> ranked = portfolio.rank("rice", "EU", "2027-Q1", 5);
        assertEquals(List.of("Big", "Small"), ranked.stream().map(RankedInitiative::title).toList());
        RankedInitiative first = ranked.get(0);
        assertEquals(new RankedInitiative(1, big, "Big", 5000.0, "Policy EMEA", "2027-Q1", "PROPOSED", null), first);
        assertNull(ranked.get(1).owningTeam());

        assertEquals(1, portfolio.rank(null, null, null, 1).size(), "the default model, no filters, limited");
        assertEquals(List.of("rice", "wsjf", "risk"), portfolio.models());
    }

    @Test
    void unscoredInitiativesCarryTheReason() {
        create("No WSJF inputs", "EU", 100, "2027-Q1", InitiativeStatus.PROPOSED, null);
        RankedInitiative r = portfolio.rank("wsjf", null, null, 10).get(0);
        assertNull(r.score());
        assertTrue(r.reason().startsWith("WSJF needs"), r.reason());
    }

    @Test
    void badArgumentsAreIllegalArgumentsNamingTheField() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> portfolio.rank("nope", null, null, 5)).getMessage()
                .contains("use one of rice, wsjf, risk"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> portfolio.rank(null, null, "2027-Q5", 5)).getMessage()
                .startsWith("quarter: "));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> portfolio.rank(null, "EUROPE!!", null, 5)).getMessage()
                .startsWith("region: "));
        assertThrows(IllegalArgumentException.class, () -> portfolio.rank(null, null, null, 0));
        assertThrows(IllegalArgumentException.class, () -> portfolio.rank(null, null, null, 501));
    }

    @Test
    void dependenciesBothWaysAndBlocked() {
        long a = create("A", "EU", 1, "2027-Q1", InitiativeStatus.PLANNED, null);
        long b = create("B", "EU", 1, "2027-Q2", InitiativeStatus.IN_PROGRESS, null);
        long c = create("C", "EU", 1, "2026-Q4", InitiativeStatus.DONE, null);
        dependencyService.add(a, new DependencyRequest(b), PLANNER);
        dependencyService.add(b, new DependencyRequest(c), PLANNER);

        assertEquals(List.of(new DependencyInfo(Direction.DEPENDS_ON, c, "C", "DONE", "2026-Q4"),
                new DependencyInfo(Direction.DEPENDED_ON_BY, a, "A", "PLANNED", "2027-Q1")), dependencies.dependencies(b));
        assertEquals(List.of(new BlockedInfo(a, "A", "PLANNED", "2027-Q1", true, List.of(b))), dependencies.blocked());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> dependencies.dependencies(a + 1000)).getMessage()
                .contains(String.valueOf(a + 1000)));
    }

    @Test
    void planPlacesPerQuarterWithCapacityLeftAndReasons() {
        teams.create(new TeamRequest("Policy EMEA", "EU", List.of(new TeamRequest.Member("Katrin Wendt", null, 1.0))), PLANNER);
        long placed = create("Placed", "EU", 10_000, "2027-Q2", InitiativeStatus.PROPOSED, "Policy EMEA");
        long orphan = create("Orphan", "EU", 100, "2027-Q1", InitiativeStatus.PLANNED, "Policy Mars");

        PlanProposal plan = plans.plan(2027, null, "rice");
        assertEquals(2027, plan.year());
        assertNull(plan.quarter());
        assertEquals("rice", plan.model());
        assertEquals(List.of("2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4"),
                plan.quarters().stream().map(PlanProposal.QuarterPlan::quarter).toList());
        assertTrue(plan.quarters().get(0).placed().isEmpty());
        assertEquals(List.of(new PlanProposal.Placed(placed, "Placed", "Policy EMEA", 2.0, false)),
                plan.quarters().get(1).placed());
        PlanProposal.TeamCapacity q2 = plan.quarters().get(1).remaining().get(0);
        assertEquals("Policy EMEA", q2.team());
        assertEquals(q2.capacity() - 2.0, q2.remaining(), 0.01);
        assertEquals(List.of(new PlanProposal.LeftOut(orphan, "Orphan", "Policy Mars", 2.0, "2027-Q1",
                "no team named Policy Mars")), plan.leftOut());

        PlanProposal q2only = plans.plan(2027, "Q2", null);
        assertEquals("2027-Q2", q2only.quarter());
        assertEquals(1, q2only.quarters().size());
    }

    @Test
    void badPlanArgumentsAreIllegalArgumentsNamingTheField() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> plans.plan(2027, "Q5", null)).getMessage()
                .startsWith("quarter: "));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> plans.plan(1969, null, null)).getMessage()
                .startsWith("year: "));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> plans.plan(2027, null, "moscow")).getMessage()
                .startsWith("model: "));
    }
}
