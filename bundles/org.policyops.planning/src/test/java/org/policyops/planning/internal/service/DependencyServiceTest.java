package org.policyops.planning.internal.service;

import org.policyops.testing.LocalJpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyops.core.rest.ProblemException;
import org.policyops.planning.internal.domain.InitiativeStatus;
import org.policyops.planning.internal.domain.InitiativeType;
import org.policyops.planning.internal.domain.RiskLevel;
import org.policyops.planning.internal.dto.DependenciesView;
import org.policyops.planning.internal.dto.DependencyRequest;
import org.policyops.planning.internal.dto.DependencyView;
import org.policyops.planning.internal.dto.InitiativeRequest;
import org.policyops.planning.internal.entity.DependencyEntity;
import org.policyops.testing.Callers;
import org.policyops.testing.Waiting;

/** Dependency edges against EclipseLink and H2: the REST contract's rules, the cycle check and the graph lock. */
class DependencyServiceTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final SecurityContext PLANNER = Callers.planner("p.nair");

    LocalJpa jpa;
    InitiativeService initiatives;
    DependencyService service;

    @BeforeEach
    void setUp() {
        jpa = LocalJpa.create(PlanningUnit.NAME);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        initiatives = new InitiativeService(jpa, clock);
        service = new DependencyService(jpa, clock);
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    static InitiativeRequest initiative(String title, String region, String quarter, double effort, InitiativeStatus status) {
        return new InitiativeRequest(title, null, InitiativeType.TOOLING, List.of("live"), List.of(region), RiskLevel.MEDIUM,
                1000L, 1.0, 0.5, effort, quarter, status, "Integrity Tooling");
    }

    long create(String title) {
        return create(title, "EU");
    }

    long create(String title, String region) {
        return initiatives.create(initiative(title, region, "2027-Q1", 2, null), PLANNER).body().id();
    }

    DependencyView add(long id, long on) {
        return service.add(id, new DependencyRequest(on), PLANNER);
    }

    @Test
    void addsListsAndRemovesEdgesInOneTransactionEach() {
        long a = create("Classifier retraining for coded slurs");
        long b = create("Coded-slur lexicon in 14 languages");
        long c = create("Reviewer guidelines for coded slurs");
        int before = jpa.transactions();
        DependencyView ab = add(a, b);
        assertEquals(before + 1, jpa.transactions());
        assertEquals(new DependencyView(a, b, NOW, "p.nair"), ab);
        add(c, b);

        DependenciesView ofB = service.list(b);
        assertEquals(b, ofB.initiative().id());
        assertEquals(List.of(), ofB.dependsOn());
        assertEquals(List.of(a, c), ofB.dependedOnBy().stream().map(l -> l.initiative().id()).toList());
        assertEquals("p.nair", ofB.dependedOnBy().get(0).createdBy());
        assertEquals(List.of(b), service.list(a).dependsOn().stream().map(l -> l.initiative().id()).toList());
        assertEquals(ab, service.get(a, b));

        before = jpa.transactions();
        service.remove(a, b, PLANNER);
        assertEquals(before + 1, jpa.transactions());
        assertEquals(List.of(), service.list(a).dependsOn());
        assertEquals(404, assertThrows(ProblemException.class, () -> service.remove(a, b, PLANNER)).status());
        assertEquals(404, assertThrows(ProblemException.class, () -> service.get(a, b)).status());
    }

    @Test
    void selfMissingAndDuplicateEdgesAreRefused() {
        long a = create("A");
        long b = create("B");
        ProblemException self = assertThrows(ProblemException.class, () -> add(a, a));
        assertEquals(400, self.status());
        assertEquals("dependsOn", self.errors().get(0).field());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> service.add(a, new DependencyRequest(null), PLANNER)).status());
        assertEquals(404, assertThrows(ProblemException.class, () -> add(a, b + 100)).status());
        assertEquals(404, assertThrows(ProblemException.class, () -> add(b + 100, a)).status());
        assertEquals(404, assertThrows(ProblemException.class, () -> service.list(b + 100)).status());
        add(a, b);
        assertEquals(409, assertThrows(ProblemException.class, () -> add(a, b)).status());
        assertEquals(1, jpa.count("DependencyEntity"));
    }

    @Test
    void anEdgeThatClosesACycleIsRefusedNamingTheCycleAndNothingIsStored() {
        long a = create("DSA statement-of-reasons templates");
        long b = create("Notice translations in 24 EU languages");
        long c = create("Translation memory for policy text");
        add(a, b);
        add(b, c);
        ProblemException e = assertThrows(ProblemException.class, () -> add(c, a));
        assertEquals(409, e.status());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cycle = (List<Map<String, Object>>) e.extensions().get("cycle");
        assertEquals(List.of(c, a, b, c), cycle.stream().map(m -> (Long) m.get("id")).toList());
        assertEquals("Translation memory for policy text", cycle.get(0).get("title"));
        assertEquals("DSA statement-of-reasons templates", cycle.get(1).get("title"));
        assertTrue(e.detail().contains(c + " → " + a + " → " + b + " → " + c), e.detail());
        assertEquals(2, jpa.count("DependencyEntity"));

        assertEquals(409, assertThrows(ProblemException.class, () -> add(b, a)).status(), "2-cycle");
        add(a, c); // a diamond-like shortcut is fine
        assertEquals(3, jpa.count("DependencyEntity"));
    }

    @Test
    void theCycleCheckIsFastOnTwentyThousandEdges() {
        long a = create("A");
        long b = create("B");
        // B → 1,000,001 → ... → 1,010,000 → A as a chain of 10,001 edges, plus 10,000 dead ends beside it.
        jpa.tx(em -> {
            em.createNativeQuery("insert into PLANNING_DEPENDENCY (INITIATIVE_ID, DEPENDS_ON_ID, CREATED_AT, CREATED_BY)"
                    + " select X, X + 1, 0, 'bulk' from SYSTEM_RANGE(1000001, 1009999)").executeUpdate();
            em.createNativeQuery("insert into PLANNING_DEPENDENCY (INITIATIVE_ID, DEPENDS_ON_ID, CREATED_AT, CREATED_BY)"
                    + " select X, X + 100000, 0, 'bulk' from SYSTEM_RANGE(1000001, 1010000)").executeUpdate();
            em.persist(new DependencyEntity(b, 1_000_001, "bulk", NOW));
            em.persist(new DependencyEntity(1_010_000, a, "bulk", NOW));
        });
        assertEquals(20_001, jpa.count("DependencyEntity"));
        ProblemException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(ProblemException.class, () -> add(a, b)));
        assertEquals(409, e.status());
        assertEquals(10_003, ((List<?>) e.extensions().get("cycle")).size());
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> add(b, a));
    }

    @Test
    void regionalLeadsLinkOnlyInitiativesOfTheirRegions() {
        SecurityContext euLead = Callers.lead("e.lead", "EU");
        long eu1 = create("EU one", "EU");
        long eu2 = create("EU two", "EU");
        long us = create("US one", "US");
        assertEquals(403, assertThrows(ProblemException.class,
                () -> service.add(eu1, new DependencyRequest(us), euLead)).status());
        assertEquals(403, assertThrows(ProblemException.class,
                () -> service.add(us, new DependencyRequest(eu1), euLead)).status());
        service.add(eu1, new DependencyRequest(eu2), euLead);
        add(eu2, us);
        assertEquals(403, assertThrows(ProblemException.class, () -> service.remove(eu2, us, euLead)).status());
        service.remove(eu1, eu2, euLead);
        assertEquals(1, jpa.count("DependencyEntity"));
    }

    @Test
    void deletingAnInitiativeDeletesItsEdgesBothWays() {
        long a = create("A");
        long b = create("B");
        long c = create("C");
        add(a, b);
        add(b, c);
        add(a, c);
        initiatives.delete(b, null, PLANNER);
        assertEquals(1, jpa.count("DependencyEntity"));
        assertEquals(List.of(c), service.list(a).dependsOn().stream().map(l -> l.initiative().id()).toList());
    }

    @Test
    void theGraphLockStopsTwoConcurrentEdgesFromClosingACycle() throws Exception {
        long a = create("A");
        long b = create("B");
        add(a, create("warms up the lock row"));
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Another request adds A → B and has not committed yet.
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> jpa.tx(em -> {
            DependencyService.lockGraph(em, NOW);
            em.persist(new DependencyEntity(a, b, "first", NOW));
            em.flush();
            inserted.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertTrue(inserted.await(10, TimeUnit.SECONDS));
        // B → A now waits for the lock instead of checking a graph that lacks the uncommitted A → B.
        CompletableFuture<DependencyView> second = CompletableFuture.supplyAsync(() -> add(b, a));
        awaitASessionBlocked();
        assertTrue(!second.isDone(), "the second request waits for the first");
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        Exception e = assertThrows(Exception.class, () -> second.get(10, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof ProblemException, String.valueOf(e.getCause()));
        assertEquals(409, ((ProblemException) e.getCause()).status());
        assertEquals(2, jpa.count("DependencyEntity"));
    }

    @Test
    void twoVeryFirstRequestsAtOnceGiveA409ForTheSecondAndStoreNothingWrong() throws Exception {
        long a = create("A");
        long b = create("B");
        CountDownLatch created = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> jpa.tx(em -> {
            DependencyService.lockGraph(em, NOW); // creates the lock row and holds it
            created.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertTrue(created.await(10, TimeUnit.SECONDS));
        CompletableFuture<DependencyView> second = CompletableFuture.supplyAsync(() -> add(a, b));
        // The second request either waits for the uncommitted lock row or is refused at once: both while the first
        // holds it.
        Waiting.waitUntil("the second request at the graph lock", Duration.ofSeconds(10), () -> second.isDone() || blockedSessions() > 0);
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        Exception e = assertThrows(Exception.class, () -> second.get(10, TimeUnit.SECONDS));
        assertEquals(409, ((ProblemException) e.getCause()).status());
        assertEquals(0, jpa.count("DependencyEntity"));
        add(a, b); // the retry works
        assertEquals(1, jpa.count("DependencyEntity"));
    }

    /** Waits until H2 reports a session blocked by another's lock: the second request has reached the graph lock. */
    private void awaitASessionBlocked() {
        Waiting.waitUntil("a request blocked on the graph lock", Duration.ofSeconds(10), () -> blockedSessions() > 0);
    }

    private long blockedSessions() {
        return jpa.txExpr(em -> ((Number) em.createNativeQuery(
                "select count(*) from information_schema.sessions where blocker_id is not null").getSingleResult()).longValue());
    }
}
