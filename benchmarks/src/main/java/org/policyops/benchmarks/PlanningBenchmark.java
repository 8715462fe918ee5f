package org.policyops.benchmarks;

import org.policyops.testing.Callers;
import org.policyops.testing.LocalJpa;
import org.policyops.planning.internal.service.PlanningUnit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.ws.rs.core.SecurityContext;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.policyops.core.rest.Page;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.planning.internal.domain.DependencyGraph;
import org.policyops.planning.internal.domain.InitiativeStatus;
import org.policyops.planning.internal.domain.InitiativeType;
import org.policyops.planning.internal.domain.Quarter;
import org.policyops.planning.internal.domain.RiskLevel;
import org.policyops.planning.internal.dto.CriticalPathView;
import org.policyops.planning.internal.dto.DependencyRequest;
import org.policyops.planning.internal.dto.PlanRequest;
import org.policyops.planning.internal.dto.PlanView;
import org.policyops.planning.internal.dto.PortfolioEntry;
import org.policyops.planning.internal.dto.TeamRequest;
import org.policyops.planning.internal.entity.DependencyEntity;
import org.policyops.planning.internal.entity.InitiativeEntity;
import org.policyops.planning.internal.portfolio.PortfolioSettings;
import org.policyops.planning.internal.service.DependencyService;
import org.policyops.planning.internal.service.InitiativeFilter;
import org.policyops.planning.internal.service.PlanService;
import org.policyops.planning.internal.service.PortfolioService;
import org.policyops.planning.internal.service.SchedulingService;
import org.policyops.planning.internal.service.TeamService;

/**
 * The planning services on 10,000 initiatives and 20,000 dependency edges (a random DAG, fixed seed), on EclipseLink
 * and in-memory H2 in this JVM: no OSGi, no HTTP, no JTA. Each operation is one call of the service, as a REST request
 * makes it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class PlanningBenchmark {

    static final int INITIATIVES = 10_000;
    static final int EDGES = 20_000;
    static final long SEED = 20261121L;
    static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    static final List<String> REGIONS = List.of("EU", "UK", "US", "JP", "BR", "IN");
    static final List<String> LOBS = List.of("short-video", "live", "ads", "comments", "messaging");
    /** The owning teams of the initiatives ("Team 0" to "Team 19") exist as teams of this many full-time members. */
    static final int TEAMS = 20;
    static final int MEMBERS_PER_TEAM = 25;

    /** A caller holding the admin role (not region-scoped), as the REST layer would pass it. */
    static final SecurityContext ADMIN = Callers.of("bench", Set.of(Callers.ADMIN, Callers.PLANNER));

    LocalJpa jpa;
    PortfolioService portfolio;
    PortfolioService.Model rice;
    DependencyService dependencies;
    SchedulingService scheduling;
    PlanService planner;
    DependencyGraph graph;
    /** An edge whose cycle check must search most of the graph before it finds the cycle: refused. */
    long refusedFrom;
    long refusedTo;
    /** An edge that closes no cycle, whose check searches everything reachable from its prerequisite: accepted. */
    long acceptedFrom;
    long acceptedTo;

    @Setup(Level.Trial)
    public void seed() {
        jpa = LocalJpa.named(PlanningUnit.NAME, "bench" + System.nanoTime(), Map.of());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        portfolio = new PortfolioService(jpa, clock, new PortfolioSettings("rice",
                Map.of(RiskLevel.LOW, 1.0, RiskLevel.MEDIUM, 2.0, RiskLevel.HIGH, 4.0, RiskLevel.CRITICAL, 8.0), 90));
        rice = portfolio.model("rice");
        dependencies = new DependencyService(jpa);
        scheduling = new SchedulingService(jpa);
        planner = new PlanService(jpa, portfolio);

        Random random = new Random(SEED);
        List<Long> ids = new ArrayList<>(INITIATIVES);
        InitiativeStatus[] statuses = InitiativeStatus.values();
        for (int batch = 0; batch < INITIATIVES; batch += 1000) {
            int from = batch;
            ids.addAll(jpa.txExpr(em -> {
                List<InitiativeEntity> created = new ArrayList<>();
                for (int i = from; i < from + 1000; i++) {
                    InitiativeEntity e = new InitiativeEntity("bench", NOW);
                    Quarter quarter = new Quarter(2026 + random.nextInt(3), 1 + random.nextInt(4));
                    e.apply(new InitiativeEntity.Content("Initiative " + i, null, InitiativeType.values()[random.nextInt(InitiativeType.values().length)],
                            List.of(LOBS.get(random.nextInt(LOBS.size()))), List.of(REGIONS.get(random.nextInt(REGIONS.size()))),
                            RiskLevel.values()[random.nextInt(4)], 1 + random.nextInt(5_000_000), 0.25 + random.nextInt(12) * 0.25,
                            random.nextDouble(), 1 + random.nextInt(26), quarter, statuses[random.nextInt(3)], "Team " + random.nextInt(TEAMS),
                            1 + random.nextInt(10), 1 + random.nextInt(10), 1 + random.nextInt(10), null), NOW);
                    em.persist(e);
                    created.add(e);
                }
                em.flush();
                return created.stream().map(InitiativeEntity::getId).toList();
            }));
        }
        // A DAG: each edge goes from a later-created initiative to an earlier one.
        Set<Long> seen = new HashSet<>();
        List<long[]> edges = new ArrayList<>(EDGES);
        while (edges.size() < EDGES) {
            int a = random.nextInt(INITIATIVES);
            int b = random.nextInt(INITIATIVES);
            if (a == b || !seen.add((long) Math.max(a, b) * INITIATIVES + Math.min(a, b))) {
                continue;
            }
            edges.add(new long[] {ids.get(Math.max(a, b)), ids.get(Math.min(a, b))});
        }
        graph = new DependencyGraph();
        for (int batch = 0; batch < EDGES; batch += 2000) {
            List<long[]> chunk = edges.subList(batch, batch + 2000);
            jpa.tx(em -> {
                for (long[] e : chunk) {
                    em.persist(new DependencyEntity(e[0], e[1], "bench", NOW));
                }
            });
        }
        Map<Long, List<Long>> adjacency = new HashMap<>();
        for (long[] e : edges) {
            graph.add(e[0], e[1]);
            adjacency.computeIfAbsent(e[0], k -> new ArrayList<>()).add(e[1]);
        }

        long top = ids.get(INITIATIVES - 1);
        List<Long> fromTop = reached(adjacency, top);
        if (fromTop.isEmpty()) {
            throw new IllegalStateException("the initiative created last depends on nothing; choose another seed");
        }
        refusedFrom = fromTop.get(fromTop.size() - 1);
        refusedTo = top;
        // The prerequisite that reaches most, among the ten created last: nothing it reaches can reach the top one.
        acceptedFrom = top;
        int most = -1;
        for (int i = INITIATIVES - 2; i >= INITIATIVES - 11; i--) {
            int reach = reached(adjacency, ids.get(i)).size();
            if (reach > most) {
                most = reach;
                acceptedTo = ids.get(i);
            }
        }
        System.out.printf("Seeded %d initiatives and %d edges; the refused edge's search reaches %d initiatives, the accepted"
                + " edge's %d.%n", INITIATIVES, EDGES, fromTop.size(), most);
        if (graph.cycleIfAdded(refusedFrom, refusedTo).isEmpty() || !graph.cycleIfAdded(acceptedFrom, acceptedTo).isEmpty()) {
            throw new IllegalStateException("the chosen edges do not behave as the benchmarks assume");
        }
        // Teams for the owning teams, so the planner places work by capacity instead of leaving everything out.
        TeamService teams = new TeamService(jpa);
        for (int t = 0; t < TEAMS; t++) {
            List<TeamRequest.Member> members = new ArrayList<>();
            for (int m = 0; m < MEMBERS_PER_TEAM; m++) {
                members.add(new TeamRequest.Member("Member " + t + "-" + m, null, 1.0));
            }
            teams.create(new TeamRequest("Team " + t, null, members), ADMIN);
        }
        PlanView plan = planner.plan(new PlanRequest(2027, null, "rice"));
        long placed = plan.quarters().stream().mapToLong(q -> q.placed().stream().filter(p -> !p.committed()).count()).sum();
        long committed = plan.quarters().stream().mapToLong(q -> q.placed().stream().filter(PlanView.Placed::committed).count()).sum();
        System.out.printf("The 2027 plan places %d candidates (and %d in progress) and leaves out %d.%n", placed, committed,
                plan.leftOut().size());
        if (placed == 0 || plan.leftOut().isEmpty()) {
            throw new IllegalStateException("the plan should place some candidates and leave some out");
        }
        // The graph lock row is created by the first write; make it before measuring.
        try {
            dependencies.add(refusedFrom, new DependencyRequest(refusedTo), ADMIN);
            throw new IllegalStateException("the refused edge was accepted");
        } catch (ProblemException expected) {
            // 409
        }
    }

    /** The initiatives a breadth-first search from {@code start} along "depends on" reaches, in the order reached. */
    private static List<Long> reached(Map<Long, List<Long>> adjacency, long start) {
        Set<Long> visited = new HashSet<>(List.of(start));
        List<Long> order = new ArrayList<>();
        ArrayDeque<Long> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            for (long next : adjacency.getOrDefault(queue.poll(), List.of())) {
                if (visited.add(next)) {
                    queue.add(next);
                    order.add(next);
                }
            }
        }
        return order;
    }

    @TearDown(Level.Trial)
    public void close() {
        jpa.close();
    }

    /** {@code GET /api/planning/portfolio?model=rice}: score and rank all 10,000, answer the first page of 50. */
    @Benchmark
    public Page<PortfolioEntry> portfolioRankRice() {
        return portfolio.rank(rice, InitiativeFilter.none(), new PageRequest(50, 0, List.of()));
    }

    /**
     * {@code POST /api/planning/initiatives/{id}/dependencies} with an edge that would close a cycle: lock, load all
     * 20,000 edges, search, name the cycle's initiatives, roll back (409).
     */
    @Benchmark
    public Object cycleCheckRefusedInsert() {
        try {
            return dependencies.add(refusedFrom, new DependencyRequest(refusedTo), ADMIN);
        } catch (ProblemException e) {
            return e;
        }
    }

    /** The cycle search alone, in memory, for an edge that closes no cycle (searches all it can reach). */
    @Benchmark
    public List<Long> cycleSearchInMemoryAccepted() {
        return graph.cycleIfAdded(acceptedFrom, acceptedTo);
    }

    /** {@code GET /api/planning/critical-path?year=2027}: about a third of the initiatives and their edges. */
    @Benchmark
    public CriticalPathView criticalPathOfOneYear() {
        return scheduling.criticalPath("2027", null, null, null);
    }

    /**
     * {@code POST /api/planning/plan} for 2027 by RICE: read the candidates, work in progress, the 20,000 edges and the
     * teams' capacity in one transaction, rank, and place by capacity and dependencies.
     */
    @Benchmark
    public PlanView planOneYear() {
        return planner.plan(new PlanRequest(2027, null, "rice"));
    }
}
