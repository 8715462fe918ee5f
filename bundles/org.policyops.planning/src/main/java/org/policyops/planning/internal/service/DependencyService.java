package org.policyops.planning.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceException;
import javax.ws.rs.core.SecurityContext;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.core.persistence.PersistenceSupport;
import org.policyops.core.rest.Access;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Roles;
import org.policyops.planning.internal.domain.DependencyGraph;
import org.policyops.planning.internal.domain.InitiativeStatus;
import org.policyops.planning.internal.dto.DependenciesView;
import org.policyops.planning.internal.dto.DependencyRequest;
import org.policyops.planning.internal.dto.DependencyView;
import org.policyops.planning.internal.dto.InitiativeRef;
import org.policyops.planning.internal.entity.DependencyEntity;
import org.policyops.planning.internal.entity.InitiativeEntity;
import org.policyops.planning.internal.entity.SettingEntity;

/**
 * Dependencies between initiatives, one transaction per request. The graph stays acyclic: an edge that would close
 * a cycle is refused with 409 naming the cycle. Writes need the planner role; a regional lead may only link two
 * initiatives that are both in its regions.
 */
@Component(service = DependencyService.class)
public class DependencyService {

    /**
     * The PLANNING_SETTING row locked ({@code SELECT ... FOR UPDATE}) by every transaction that adds dependency
     * edges or deletes initiatives. Without it, two concurrent requests adding A→B and B→A would each check the
     * graph as committed before the other's insert, both find no cycle, and together store one. Holding this one row
     * lock while checking and inserting serialises graph writes, on one node or on several sharing the database.
     */
    static final String GRAPH_LOCK = "dependency-graph-lock";

    /** Ids per IN list, well below the parameter limits of H2 and PostgreSQL. */
    private static final int CHUNK = 1000;

    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public DependencyService(@Reference(target = PlanningUnit.TARGET) JpaTemplate jpa) {
        this(jpa, Clock.systemUTC());
    }

    DependencyService(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    public DependenciesView list(long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            InitiativeEntity initiative = InitiativeService.find(em, id);
            List<DependenciesView.Link> dependsOn = links(em, "d.initiativeId = :id and i.id = d.dependsOnId", id);
            List<DependenciesView.Link> dependedOnBy = links(em, "d.dependsOnId = :id and i.id = d.initiativeId", id);
            return new DependenciesView(ref(initiative), dependsOn, dependedOnBy);
        });
    }

    public DependencyView get(long id, long dependsOn) {
        return jpa.txExpr(TransactionType.Required, em -> DependencyView.of(findEdge(em, id, dependsOn)));
    }

    public DependencyView add(long id, DependencyRequest request, SecurityContext caller) {
        long dependsOn = request.validate();
        if (dependsOn == id) {
            throw ProblemException.badRequest("dependsOn", "an initiative cannot depend on itself (was " + id + ")");
        }
        String user = Access.userName(caller);
        return jpa.txExpr(TransactionType.Required, em -> {
            Instant now = now();
            // First, before reading anything about the graph: see GRAPH_LOCK.
            lockGraph(em, now);
            InitiativeEntity initiative = InitiativeService.find(em, id);
            InitiativeEntity prerequisite = em.find(InitiativeEntity.class, dependsOn);
            if (prerequisite == null) {
                throw ProblemException.notFound("initiative", dependsOn);
            }
            Access.requireRegions(caller, Roles.PLANNER, initiative.getRegions());
            Access.requireRegions(caller, Roles.PLANNER, prerequisite.getRegions());
            if (edge(em, id, dependsOn) != null) {
                throw ProblemException.conflict("Initiative " + id + " already depends on initiative " + dependsOn + ".")
                        .with("initiativeId", id).with("dependsOn", dependsOn);
            }
            List<Long> cycle = loadGraph(em).cycleIfAdded(id, dependsOn);
            if (!cycle.isEmpty()) {
                throw cycleProblem(em, cycle);
            }
            DependencyEntity edge = new DependencyEntity(id, dependsOn, user, now);
            em.persist(edge);
            em.flush();
            return DependencyView.of(edge);
        });
    }

    public void remove(long id, long dependsOn, SecurityContext caller) {
        jpa.txExpr(TransactionType.Required, em -> {
            DependencyEntity edge = findEdge(em, id, dependsOn);
            // Removing an edge cannot close a cycle, so it needs no graph lock. Edges exist only between existing
            // initiatives (deleting an initiative deletes its edges under the lock).
            Access.requireRegions(caller, Roles.PLANNER, InitiativeService.find(em, id).getRegions());
            Access.requireRegions(caller, Roles.PLANNER, InitiativeService.find(em, dependsOn).getRegions());
            em.remove(edge);
            em.flush();
            return null;
        });
    }

    /**
     * Takes the graph lock for the rest of the transaction. The lock row is created by the first request that needs
     * it; a row just inserted is locked by the inserting transaction as well. Should two requests be the very first
     * at the same moment, the second waits for the first's insert and then fails on the duplicate key: it is
     * answered 409 with advice to retry, and has stored nothing.
     */
    static void lockGraph(EntityManager em, Instant now) {
        SettingEntity lock = em.find(SettingEntity.class, GRAPH_LOCK, LockModeType.PESSIMISTIC_WRITE);
        if (lock == null) {
            em.persist(new SettingEntity(GRAPH_LOCK, "row locked while dependency edges are checked and written", now));
            try {
                em.flush();
            } catch (PersistenceException e) {
                throw ProblemException.conflict("Another request was setting up dependency tracking at the same moment; "
                        + "nothing was changed. Please retry.");
            }
        }
    }

    /** Every edge, as ids only, in one query: 20,000 edges are two columns of 20,000 numbers. */
    static DependencyGraph loadGraph(EntityManager em) {
        DependencyGraph graph = new DependencyGraph();
        for (Object[] row : em.createQuery("select d.initiativeId, d.dependsOnId from DependencyEntity d", Object[].class)
                .getResultList()) {
            graph.add((Long) row[0], (Long) row[1]);
        }
        return graph;
    }

    private static ProblemException cycleProblem(EntityManager em, List<Long> cycle) {
        Map<Long, String> titles = titles(em, cycle);
        List<Map<String, Object>> steps = new ArrayList<>(cycle.size());
        for (long id : cycle) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("id", id);
            step.put("title", titles.get(id));
            steps.add(step);
        }
        String shown = cycle.size() <= 12 ? cycle.stream().map(String::valueOf).collect(Collectors.joining(" → "))
                : cycle.subList(0, 5).stream().map(String::valueOf).collect(Collectors.joining(" → ")) + " → … ("
                        + (cycle.size() - 1) + " initiatives) → " + cycle.get(cycle.size() - 1);
        long from = cycle.get(0);
        long to = cycle.get(1);
        return ProblemException.conflict("Initiative " + from + " cannot depend on initiative " + to
                + ": that would close the cycle " + shown + " (each depends on the next). See cycle.")
                .with("cycle", steps);
    }

    /** Titles of the given initiatives, in chunks so that a cycle through thousands of them stays one statement per chunk. */
    static Map<Long, String> titles(EntityManager em, Collection<Long> ids) {
        Map<Long, String> titles = new HashMap<>();
        for (InitiativeRef r : refs(em, ids)) {
            titles.put(r.id(), r.title());
        }
        return titles;
    }

    static List<InitiativeRef> refs(EntityManager em, Collection<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        List<InitiativeRef> refs = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i += CHUNK) {
            List<Long> chunk = distinct.subList(i, Math.min(distinct.size(), i + CHUNK));
            for (Object[] row : em.createQuery("select i.id, i.title, i.status, i.targetQuarter from InitiativeEntity i"
                    + " where i.id in :ids", Object[].class).setParameter("ids", chunk).getResultList()) {
                refs.add(ref(row, 0));
            }
        }
        return refs;
    }

    /** An {@link InitiativeRef} from four columns (id, title, status, targetQuarter) starting at {@code at}. */
    static InitiativeRef ref(Object[] row, int at) {
        return new InitiativeRef((Long) row[at], (String) row[at + 1], (InitiativeStatus) row[at + 2], (String) row[at + 3]);
    }

    private static InitiativeRef ref(InitiativeEntity i) {
        return new InitiativeRef(i.getId(), i.getTitle(), i.getStatus(), i.getTargetQuarter().toString());
    }

    private static List<DependenciesView.Link> links(EntityManager em, String join, long id) {
        List<DependenciesView.Link> links = new ArrayList<>();
        for (Object[] row : em.createQuery("select i.id, i.title, i.status, i.targetQuarter, d.createdAt, d.createdBy"
                + " from DependencyEntity d, InitiativeEntity i where " + join + " order by i.targetQuarter, i.id",
                Object[].class).setParameter("id", id).getResultList()) {
            links.add(new DependenciesView.Link(ref(row, 0), (Instant) row[4], (String) row[5]));
        }
        return links;
    }

    private static DependencyEntity edge(EntityManager em, long id, long dependsOn) {
        List<DependencyEntity> found = em.createQuery("select d from DependencyEntity d where d.initiativeId = :id"
                + " and d.dependsOnId = :on", DependencyEntity.class).setParameter("id", id).setParameter("on", dependsOn)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private static DependencyEntity findEdge(EntityManager em, long id, long dependsOn) {
        DependencyEntity edge = edge(em, id, dependsOn);
        if (edge == null) {
            throw ProblemException.notFound("dependency", id + " → " + dependsOn);
        }
        return edge;
    }

    private Instant now() {
        return PersistenceSupport.now(clock);
    }
}
