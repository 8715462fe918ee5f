package org.policyops.planning.internal.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.criteria.CriteriaBuilder;
import javax.persistence.criteria.CriteriaQuery;
import javax.persistence.criteria.Predicate;
import javax.persistence.criteria.Root;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Validator;
import org.policyops.planning.internal.domain.CriticalPath;
import org.policyops.planning.internal.domain.InitiativeStatus;
import org.policyops.planning.internal.domain.Quarter;
import org.policyops.planning.internal.dto.BlockedView;
import org.policyops.planning.internal.dto.CriticalPathView;
import org.policyops.planning.internal.dto.InitiativeRef;
import org.policyops.planning.internal.entity.InitiativeEntity;

/** Reading the dependency graph as a roadmap: the critical path of a period, and what is blocked. */
@Component(service = SchedulingService.class)
public class SchedulingService {

    /** Initiatives scheduled on a roadmap: everything but CANCELLED, which takes no time. */
    private static final String SCHEDULED = "PROPOSED,PLANNED,IN_PROGRESS,DONE";

    private final JpaTemplate jpa;

    @Activate
    public SchedulingService(@Reference(target = PlanningUnit.TARGET) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /**
     * The schedule of the initiatives (not cancelled) targeted in {@code year}, or in one quarter of it, optionally
     * only those of a region or line of business, with the dependency edges among them.
     *
     * @param quarter {@code Q1}…{@code Q4} or null for the whole year
     */
    public CriticalPathView criticalPath(String year, String quarter, String region, String lob) {
        Validator v = new Validator();
        Integer y = v.parse("year", v.require("year", year), SchedulingService::year);
        Integer q = v.parse("quarter", quarter == null || quarter.isBlank() ? null : quarter, SchedulingService::quarter);
        v.throwIfInvalid();
        List<String> quarters = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            if (q == null || q == i) {
                quarters.add(new Quarter(y, i).toString());
            }
        }
        InitiativeFilter filter = InitiativeFilter.of(region, SCHEDULED, String.join(",", quarters), null, null, null, lob);
        String period = q == null ? Integer.toString(y) : quarters.get(0);
        return jpa.txExpr(TransactionType.Required, em -> schedule(em, filter, period));
    }

    private static CriticalPathView schedule(EntityManager em, InitiativeFilter filter, String period) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<InitiativeEntity> root = query.from(InitiativeEntity.class);
        query.multiselect(root.get("id"), root.get("title"), root.get("status"), root.get("targetQuarter"),
                root.get("effortWeeks")).distinct(true)
                .where(filter.predicates(cb, root).toArray(Predicate[]::new)).orderBy(cb.asc(root.get("id")));
        Map<Long, InitiativeRef> inPlan = new LinkedHashMap<>();
        List<CriticalPath.Task> tasks = new ArrayList<>();
        for (Object[] row : em.createQuery(query).getResultList()) {
            InitiativeRef ref = DependencyService.ref(row, 0);
            inPlan.put(ref.id(), ref);
            tasks.add(new CriticalPath.Task(ref.id(), (Double) row[4]));
        }
        List<CriticalPath.Edge> edges = new ArrayList<>();
        List<long[]> external = new ArrayList<>();
        for (Object[] row : em.createQuery("select d.initiativeId, d.dependsOnId from DependencyEntity d"
                + " order by d.initiativeId, d.dependsOnId", Object[].class).getResultList()) {
            long dependent = (Long) row[0];
            long prerequisite = (Long) row[1];
            if (!inPlan.containsKey(dependent)) {
                continue;
            }
            if (inPlan.containsKey(prerequisite)) {
                edges.add(new CriticalPath.Edge(dependent, prerequisite));
            } else {
                external.add(new long[] { dependent, prerequisite });
            }
        }
        CriticalPath.Result result;
        try {
            result = CriticalPath.compute(tasks, edges);
        } catch (IllegalArgumentException e) {
            // Cannot happen while edges are only added under the graph lock with the cycle check; said plainly if it does.
            throw ProblemException.conflict("The dependencies of " + period + " form a cycle, so they have no schedule: "
                    + e.getMessage());
        }
        Map<Long, InitiativeRef> outside = new HashMap<>();
        for (InitiativeRef r : DependencyService.refs(em, external.stream().map(e -> e[1]).toList())) {
            outside.put(r.id(), r);
        }
        return view(period, result, inPlan, external, outside);
    }

    static CriticalPathView view(String period, CriticalPath.Result result, Map<Long, InitiativeRef> inPlan,
            List<long[]> external, Map<Long, InitiativeRef> outside) {
        List<CriticalPathView.Scheduled> scheduled = new ArrayList<>();
        for (CriticalPath.Scheduled s : result.schedule()) {
            InitiativeRef r = inPlan.get(s.id());
            scheduled.add(new CriticalPathView.Scheduled(r.id(), r.title(), r.status(), r.targetQuarter(),
                    round(s.duration()), round(s.earliestStart()), round(s.earliestFinish()), round(s.latestStart()),
                    round(s.latestFinish()), round(s.slack()), s.critical()));
        }
        scheduled.sort(Comparator.comparingDouble(CriticalPathView.Scheduled::earliestStartWeek)
                .thenComparingLong(CriticalPathView.Scheduled::id));
        List<InitiativeRef> path = result.criticalPath().stream().map(inPlan::get).toList();
        List<CriticalPathView.ExternalPrerequisite> prerequisites = new ArrayList<>();
        for (long[] e : external) {
            InitiativeRef r = outside.get(e[1]);
            if (r != null) {
                prerequisites.add(new CriticalPathView.ExternalPrerequisite(e[0], r));
            }
        }
        return new CriticalPathView(period, round(result.totalDuration()), path, scheduled, prerequisites);
    }

    /**
     * Open initiatives (not DONE or CANCELLED) with at least one dependency that is not DONE, in target-quarter
     * order, with what blocks each. One query joins each edge with both of its initiatives.
     */
    public List<BlockedView> blocked() {
        return jpa.txExpr(TransactionType.Required, em -> blocked(em.createQuery(
                "select a.id, a.title, a.status, a.targetQuarter, b.id, b.title, b.status, b.targetQuarter"
                        + " from DependencyEntity d, InitiativeEntity a, InitiativeEntity b"
                        + " where a.id = d.initiativeId and b.id = d.dependsOnId and a.status not in :closed"
                        + " and b.status <> :done order by a.targetQuarter, a.id, b.targetQuarter, b.id", Object[].class)
                .setParameter("closed", List.of(InitiativeStatus.DONE, InitiativeStatus.CANCELLED))
                .setParameter("done", InitiativeStatus.DONE).getResultList()));
    }

    /** Groups rows of (blocked initiative, blocker), each as id, title, status, targetQuarter, keeping their order. */
    static List<BlockedView> blocked(List<Object[]> rows) {
        Map<Long, InitiativeRef> initiatives = new LinkedHashMap<>();
        Map<Long, List<BlockedView.Blocker>> blockers = new HashMap<>();
        for (Object[] row : rows) {
            InitiativeRef a = DependencyService.ref(row, 0);
            InitiativeRef b = DependencyService.ref(row, 4);
            initiatives.putIfAbsent(a.id(), a);
            boolean later = Quarter.parse(b.targetQuarter()).compareTo(Quarter.parse(a.targetQuarter())) > 0;
            blockers.computeIfAbsent(a.id(), k -> new ArrayList<>())
                    .add(new BlockedView.Blocker(b.id(), b.title(), b.status(), b.targetQuarter(), later));
        }
        List<BlockedView> blocked = new ArrayList<>();
        for (InitiativeRef a : initiatives.values()) {
            List<BlockedView.Blocker> by = blockers.get(a.id());
            blocked.add(new BlockedView(a.id(), a.title(), a.status(), a.targetQuarter(),
                    by.stream().anyMatch(BlockedView.Blocker::plannedLater), List.copyOf(by)));
        }
        return blocked;
    }

    private static double round(double weeks) {
        return Math.round(weeks * 100) / 100.0;
    }

    private static Integer year(String text) {
        try {
            int y = Integer.parseInt(text.trim());
            if (y < 1970 || y > 9999) {
                throw new IllegalArgumentException("must be a year from 1970 to 9999 (was " + y + ")");
            }
            return y;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a year such as 2027 (was '" + text + "')", e);
        }
    }

    private static Integer quarter(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (t.matches("Q?[1-4]")) {
            return t.charAt(t.length() - 1) - '0';
        }
        throw new IllegalArgumentException("'" + text + "' is not a quarter: use Q1, Q2, Q3 or Q4");
    }
}
