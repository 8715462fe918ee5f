package org.policyops.planning.internal.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.planning.scoring.InitiativeFacts;
import org.policyops.planning.internal.domain.Capacity;
import org.policyops.planning.internal.domain.DependencyGraph;
import org.policyops.planning.internal.domain.InitiativeStatus;
import org.policyops.planning.internal.domain.Planner;
import org.policyops.planning.internal.domain.Quarter;
import org.policyops.planning.internal.dto.InitiativeRef;
import org.policyops.planning.internal.dto.PlanRequest;
import org.policyops.planning.internal.dto.PlanView;
import org.policyops.planning.internal.portfolio.Ranking;

/**
 * Proposes a plan for a year or one quarter ({@link Planner}); it stores nothing. Candidates are the PROPOSED and
 * PLANNED initiatives targeted in the period, ranked by the portfolio's scoring model; IN_PROGRESS initiatives
 * targeted in the period keep their quarter and use their team's capacity first. Every initiative has a target
 * quarter, so there are no unscheduled ones to place. Everything is read in one transaction; ranking and planning
 * run after it, so a slow plug-in model holds no connection.
 */
@Component(service = PlanService.class)
public class PlanService {

    private static final Set<InitiativeStatus> CANDIDATE = Set.of(InitiativeStatus.PROPOSED, InitiativeStatus.PLANNED);

    private final JpaTemplate jpa;
    private final PortfolioService portfolio;

    @Activate
    public PlanService(@Reference(target = PlanningUnit.TARGET) JpaTemplate jpa, @Reference PortfolioService portfolio) {
        this.jpa = jpa;
        this.portfolio = portfolio;
    }

    /** What the plan needs, read in one transaction. */
    private record Snapshot(List<InitiativeFacts> facts, Map<Long, String> teams, List<Planner.Committed> committed,
            Map<Long, List<Long>> prerequisites, Set<Long> satisfied, List<CapacityService.TeamCapacity> capacity) {
    }

    public PlanView plan(PlanRequest request) {
        List<Quarter> quarters = request.validate();
        PortfolioService.Model model = portfolio.model(request.model());
        Snapshot s = jpa.txExpr(TransactionType.Required, em -> snapshot(em, quarters));

        List<Planner.Candidate> ranked = new ArrayList<>();
        for (Ranking.Entry e : Ranking.rank(s.facts(), model.model()).entries()) {
            InitiativeFacts f = e.facts();
            String unscored = e.scored() ? null : e.reason() != null ? e.reason() : e.error();
            ranked.add(new Planner.Candidate(f.id(), f.title(), s.teams().get(f.id()), f.effortWeeks(),
                    Quarter.parse(f.targetQuarter()), unscored));
        }
        Map<String, Map<Quarter, Double>> capacity = new LinkedHashMap<>();
        s.capacity().forEach(t -> capacity.put(t.name(), t.weeks()));
        Planner.Result result = Planner.plan(new Planner.Input(quarters, model.id(), ranked, s.committed(), capacity,
                s.prerequisites(), s.satisfied()));

        List<PlanView.QuarterPlan> plans = new ArrayList<>();
        for (Quarter q : quarters) {
            List<PlanView.Placed> placed = result.placements().stream().filter(p -> p.quarter().equals(q))
                    .map(p -> new PlanView.Placed(p.id(), p.title(), p.team(), p.effortWeeks(), p.committed())).toList();
            List<PlanView.TeamLeft> left = new ArrayList<>();
            result.remaining().forEach((team, byQuarter) -> left.add(new PlanView.TeamLeft(team,
                    Capacity.round(capacity.get(team).get(q)), Capacity.round(byQuarter.get(q)))));
            plans.add(new PlanView.QuarterPlan(q.toString(), placed, left));
        }
        List<PlanView.LeftOut> leftOut = result.leftOut().stream().map(l -> new PlanView.LeftOut(l.id(), l.title(),
                l.team(), l.effortWeeks(), l.target().toString(), l.reason())).toList();
        return new PlanView(quarters.get(0).year(), quarters.size() == 1 ? quarters.get(0).toString() : null, model.id(),
                false, plans, leftOut);
    }

    private static Snapshot snapshot(EntityManager em, List<Quarter> quarters) {
        Set<String> codes = new HashSet<>(quarters.stream().map(Quarter::toString).toList());
        InitiativeFilter candidates = new InitiativeFilter(Set.of(), CANDIDATE, codes, Set.of(), Set.of(), Set.of(), Set.of());
        List<InitiativeFacts> facts = PortfolioService.facts(em, candidates);
        Map<Long, String> teams = new HashMap<>();
        for (Object[] row : em.createQuery("select i.id, i.owningTeam from InitiativeEntity i where i.status in :statuses"
                + " and i.targetQuarter in :quarters", Object[].class).setParameter("statuses", CANDIDATE)
                .setParameter("quarters", codes).getResultList()) {
            teams.put((Long) row[0], (String) row[1]);
        }
        List<Planner.Committed> committed = new ArrayList<>();
        for (Object[] row : em.createQuery("select i.id, i.title, i.owningTeam, i.effortWeeks, i.targetQuarter"
                + " from InitiativeEntity i where i.status = :status and i.targetQuarter in :quarters order by i.id",
                Object[].class).setParameter("status", InitiativeStatus.IN_PROGRESS).setParameter("quarters", codes)
                .getResultList()) {
            committed.add(new Planner.Committed((Long) row[0], (String) row[1], (String) row[2], (Double) row[3],
                    Quarter.parse((String) row[4])));
        }
        // The dependency graph as the dependency API keeps it; the prerequisites of candidates.
        DependencyGraph graph = DependencyService.loadGraph(em);
        Map<Long, List<Long>> prerequisites = new HashMap<>();
        Set<Long> needed = new HashSet<>();
        for (InitiativeFacts f : facts) {
            List<Long> on = graph.prerequisites(f.id());
            if (!on.isEmpty()) {
                prerequisites.put(f.id(), on);
                needed.addAll(on);
            }
        }
        // Done, or in progress with a target before the period: nothing holds back what depends on it.
        Set<Long> satisfied = new HashSet<>();
        Quarter first = quarters.get(0);
        for (InitiativeRef r : DependencyService.refs(em, needed)) {
            if (r.status() == InitiativeStatus.DONE || r.status() == InitiativeStatus.IN_PROGRESS
                    && Quarter.parse(r.targetQuarter()).compareTo(first) < 0) {
                satisfied.add(r.id());
            }
        }
        return new Snapshot(facts, teams, committed, prerequisites, satisfied,
                CapacityService.capacities(em, quarters, null));
    }
}
