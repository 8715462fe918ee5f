package org.policyops.planning.internal.service;

import org.policyops.testing.LocalJpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyops.core.rest.ProblemException;
import org.policyops.planning.internal.domain.InitiativeStatus;
import org.policyops.planning.internal.domain.InitiativeType;
import org.policyops.planning.internal.domain.RiskLevel;
import org.policyops.planning.internal.dto.BlockedView;
import org.policyops.planning.internal.dto.CriticalPathView;
import org.policyops.planning.internal.dto.DependencyRequest;
import org.policyops.planning.internal.dto.InitiativeRequest;
import org.policyops.testing.Callers;

/** The critical path of a period and the blocked list, against EclipseLink and H2. */
class SchedulingServiceTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final SecurityContext PLANNER = Callers.planner("p.nair");

    LocalJpa jpa;
    InitiativeService initiatives;
    DependencyService dependencies;
    SchedulingService service;

    @BeforeEach
    void setUp() {
        jpa = LocalJpa.create(PlanningUnit.NAME);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        initiatives = new InitiativeService(jpa, clock);
        dependencies = new DependencyService(jpa, clock);
        service = new SchedulingService(jpa);
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    long create(String title, String region, String lob, String quarter, double effort, InitiativeStatus status) {
        return initiatives.create(new InitiativeRequest(title, null, InitiativeType.POLICY_UPDATE, List.of(lob),
                List.of(region), RiskLevel.HIGH, 1000L, 1.0, 0.5, effort, quarter, status, "Policy EMEA"), PLANNER).body().id();
    }

    void depends(long id, long on) {
        dependencies.add(id, new DependencyRequest(on), PLANNER);
    }

    static Map<Long, CriticalPathView.Scheduled> byId(CriticalPathView v) {
        return v.initiatives().stream().collect(Collectors.toMap(CriticalPathView.Scheduled::id, Function.identity()));
    }

    @Test
    void theCriticalPathOfAYearWithExternalPrerequisitesAndAnUnconnectedInitiative() {
        long a = create("Enforce coded-slur rules", "EU", "live", "2027-Q1", 2, InitiativeStatus.PLANNED);
        long b = create("Train moderators on coded slurs", "EU", "live", "2027-Q1", 3, InitiativeStatus.PLANNED);
        long c = create("Coded-slur lexicon", "EU", "ads", "2027-Q1", 4, InitiativeStatus.IN_PROGRESS);
        long d = create("US appeals copy", "US", "ads", "2027-Q2", 1, InitiativeStatus.PROPOSED);
        long e = create("Lexicon tooling", "EU", "live", "2026-Q4", 5, InitiativeStatus.DONE);
        long f = create("Dropped idea", "EU", "live", "2027-Q1", 9, InitiativeStatus.CANCELLED);
        depends(a, b);
        depends(b, c);
        depends(c, e);
        depends(a, f);

        CriticalPathView year = service.criticalPath("2027", null, null, null);
        assertEquals("2027", year.period());
        assertEquals(9, year.totalWeeks());
        assertEquals(List.of(c, b, a), year.criticalPath().stream().map(r -> r.id()).toList());
        assertEquals("Coded-slur lexicon", year.criticalPath().get(0).title());
        Map<Long, CriticalPathView.Scheduled> s = byId(year);
        assertEquals(4, s.size(), "the cancelled initiative takes no time and 2026 is outside");
        assertEquals(7, s.get(a).earliestStartWeek());
        assertEquals(9, s.get(a).latestFinishWeek());
        assertTrue(s.get(a).critical());
        assertEquals(8, s.get(d).slackWeeks());
        assertFalse(s.get(d).critical());
        assertEquals(List.of(c, d, b, a), year.initiatives().stream().map(CriticalPathView.Scheduled::id).toList(),
                "by earliest start, then id");
        assertEquals(List.of(a + "→" + f, c + "→" + e), year.externalPrerequisites().stream()
                .map(p -> p.initiativeId() + "→" + p.dependsOn().id()).sorted().toList());

        CriticalPathView q2 = service.criticalPath("2027", "q2", null, null);
        assertEquals("2027-Q2", q2.period());
        assertEquals(List.of(d), q2.criticalPath().stream().map(r -> r.id()).toList());
        assertEquals(1, q2.totalWeeks());

        CriticalPathView ads = service.criticalPath("2027", null, null, "ADS");
        assertEquals(List.of(c, d), ads.initiatives().stream().map(CriticalPathView.Scheduled::id).sorted().toList());
        assertEquals(List.of(c), ads.criticalPath().stream().map(r -> r.id()).toList());
        CriticalPathView eu = service.criticalPath("2027", "Q1", "eu", null);
        assertEquals(3, eu.initiatives().size());

        CriticalPathView empty = service.criticalPath("2031", null, null, null);
        assertEquals(0, empty.totalWeeks());
        assertEquals(List.of(), empty.criticalPath());
    }

    @Test
    void badParametersAreNamed() {
        assertEquals("year", assertThrows(ProblemException.class,
                () -> service.criticalPath(null, null, null, null)).errors().get(0).field());
        assertEquals("year", assertThrows(ProblemException.class,
                () -> service.criticalPath("next year", null, null, null)).errors().get(0).field());
        assertEquals("year", assertThrows(ProblemException.class,
                () -> service.criticalPath("1900", null, null, null)).errors().get(0).field());
        assertEquals("quarter", assertThrows(ProblemException.class,
                () -> service.criticalPath("2027", "Q5", null, null)).errors().get(0).field());
        assertEquals("region", assertThrows(ProblemException.class,
                () -> service.criticalPath("2027", null, "europe!!", null)).errors().get(0).field());
    }

    @Test
    void blockedListsOpenInitiativesWithWhatBlocksThemAndFlagsLaterPlannedDependencies() {
        long a = create("Enforce coded-slur rules", "EU", "live", "2027-Q1", 2, InitiativeStatus.PLANNED);
        long b = create("Train moderators", "EU", "live", "2027-Q2", 3, InitiativeStatus.IN_PROGRESS);
        long c = create("Lexicon", "EU", "live", "2026-Q4", 3, InitiativeStatus.DONE);
        long d = create("Queue routing", "EU", "live", "2026-Q4", 3, InitiativeStatus.PROPOSED);
        long done = create("Shipped anyway", "EU", "live", "2027-Q3", 1, InitiativeStatus.DONE);
        long cancelled = create("Dropped", "EU", "live", "2027-Q3", 1, InitiativeStatus.CANCELLED);
        depends(a, b); // blocked, and b is planned later than a
        depends(a, c); // done: not a blocker
        depends(a, d); // blocked, planned earlier: fine
        depends(b, c); // b's only dependency is done
        depends(done, b);
        depends(cancelled, b);

        int before = jpa.transactions();
        List<BlockedView> blocked = service.blocked();
        assertEquals(before + 1, jpa.transactions());
        assertEquals(1, blocked.size());
        BlockedView v = blocked.get(0);
        assertEquals(a, v.id());
        assertTrue(v.plannedBeforeADependency());
        assertEquals(List.of(d, b), v.blockedBy().stream().map(BlockedView.Blocker::id).toList(), "by quarter");
        assertEquals(InitiativeStatus.IN_PROGRESS, v.blockedBy().get(1).status());
        assertTrue(v.blockedBy().get(1).plannedLater());
        assertFalse(v.blockedBy().get(0).plannedLater());
    }

    @Test
    void groupingKeepsTheOrderOfTheRows() {
        List<Object[]> rows = List.of(
                new Object[] { 1L, "A", InitiativeStatus.PLANNED, "2027-Q1", 2L, "B", InitiativeStatus.PROPOSED, "2027-Q1" },
                new Object[] { 1L, "A", InitiativeStatus.PLANNED, "2027-Q1", 3L, "C", InitiativeStatus.PLANNED, "2027-Q1" },
                new Object[] { 4L, "D", InitiativeStatus.PROPOSED, "2027-Q2", 3L, "C", InitiativeStatus.PLANNED, "2027-Q1" });
        List<BlockedView> blocked = SchedulingService.blocked(rows);
        assertEquals(List.of(1L, 4L), blocked.stream().map(BlockedView::id).toList());
        assertEquals(2, blocked.get(0).blockedBy().size());
        assertFalse(blocked.get(0).plannedBeforeADependency());
        assertFalse(blocked.get(1).plannedBeforeADependency());
        assertEquals(List.of(), SchedulingService.blocked(List.of()));
    }
}
