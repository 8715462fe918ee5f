package org.policyops.planning.internal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.criteria.CriteriaBuilder;
import javax.persistence.criteria.CriteriaQuery;
import javax.persistence.criteria.Predicate;
import javax.persistence.criteria.Root;
import javax.persistence.criteria.Subquery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.planning.internal.domain.Quarter;
import org.policyops.planning.internal.domain.RoadmapPeriod;
import org.policyops.planning.internal.dto.Roadmap;
import org.policyops.planning.internal.entity.InitiativeEntity;
import org.policyops.planning.internal.entity.MilestoneEntity;

/**
 * Builds roadmaps in one read transaction: the initiatives targeted in the period or with a milestone dated in it
 * (both under the filters), then their regions, lines of business and milestones of the period, three queries per
 * {@value #CHUNK} initiatives.
 */
@Component(service = RoadmapService.class)
public class RoadmapService {

    /** How many initiative ids one statement names at most. */
    static final int CHUNK = 500;

    private final JpaTemplate jpa;

    @Activate
    public RoadmapService(@Reference(target = PlanningUnit.TARGET) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    public Roadmap roadmap(RoadmapPeriod period, RoadmapFilter filter) {
        return jpa.txExpr(TransactionType.Required, em -> build(em, period, filter));
    }

    private static Roadmap build(EntityManager em, RoadmapPeriod period, RoadmapFilter filter) {
        List<String> quarters = period.quarters().stream().map(Quarter::toString).toList();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<InitiativeEntity> q = cb.createQuery(InitiativeEntity.class);
        Root<InitiativeEntity> root = q.from(InitiativeEntity.class);
        // Initiatives with a milestone in the period, as a subquery rather than a list of ids in the statement.
        Subquery<Long> withMilestones = q.subquery(Long.class);
        Root<MilestoneEntity> dated = withMilestones.from(MilestoneEntity.class);
        withMilestones.select(dated.get("initiative").<Long>get("id"))
                .where(cb.between(dated.<LocalDate>get("date"), period.firstDay(), period.lastDay()));
        List<Predicate> where = new ArrayList<>(filter.predicates(cb, root));
        where.add(cb.or(root.get("targetQuarter").in(quarters), root.get("id").in(withMilestones)));
        q.select(root).where(where.toArray(Predicate[]::new))
                .orderBy(cb.asc(root.get("targetQuarter")), cb.asc(root.get("title")), cb.asc(root.get("id")));
        List<InitiativeEntity> found = em.createQuery(q).getResultList();

        List<Long> ids = found.stream().map(InitiativeEntity::getId).toList();
        Map<Long, List<String>> lobs = new HashMap<>();
        Map<Long, List<String>> regions = new HashMap<>();
        Map<Long, List<MilestoneEntity>> milestones = new HashMap<>();
        // In chunks, so that a year with thousands of initiatives stays within the databases' limits on parameters.
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            lobs.putAll(InitiativeService.values(em, "linesOfBusiness", chunk));
            regions.putAll(InitiativeService.values(em, "regions", chunk));
            for (MilestoneEntity ms : em.createQuery("select m from MilestoneEntity m where m.initiative.id in :ids "
                    + "and m.date between :from and :to order by m.date, m.id", MilestoneEntity.class)
                    .setParameter("ids", chunk).setParameter("from", period.firstDay())
                    .setParameter("to", period.lastDay()).getResultList()) {
                milestones.computeIfAbsent(ms.getInitiative().getId(), k -> new ArrayList<>()).add(ms);
            }
        }

        List<Roadmap.Item> items = new ArrayList<>();
        for (InitiativeEntity i : found) {
            List<Roadmap.Milestone> ms = milestones.getOrDefault(i.getId(), List.of()).stream()
                    .map(m -> new Roadmap.Milestone(m.getId(), m.getTitle(), m.getDate(), m.getKind(), m.getNote(),
                            m.getUpdatedAt()))
                    .toList();
            items.add(new Roadmap.Item(i.getId(), i.getTitle(), i.getTargetQuarter().toString(), i.getStatus(),
                    List.copyOf(regions.getOrDefault(i.getId(), List.of())),
                    List.copyOf(lobs.getOrDefault(i.getId(), List.of())), i.getOwningTeam(), i.getUpdatedAt(), ms));
        }
        return new Roadmap(period.year(), period.quarter() == null ? null : "Q" + period.quarter(), period.firstDay(),
                period.lastDay(), groups(period, items), List.copyOf(items));
    }

    private static List<Roadmap.QuarterGroup> groups(RoadmapPeriod period, List<Roadmap.Item> items) {
        List<Roadmap.QuarterGroup> groups = new ArrayList<>();
        for (Quarter quarter : period.quarters()) {
            String name = quarter.toString();
            List<Long> initiativeIds = items.stream().filter(i -> i.targetQuarter().equals(name))
                    .map(Roadmap.Item::id).toList();
            List<Long> milestoneIds = items.stream().flatMap(i -> i.milestones().stream())
                    .filter(m -> Quarter.of(m.date()).equals(quarter))
                    .sorted(Comparator.comparing(Roadmap.Milestone::date).thenComparing(Roadmap.Milestone::id))
                    .map(Roadmap.Milestone::id).toList();
            groups.add(new Roadmap.QuarterGroup(name, initiativeIds, milestoneIds));
        }
        return groups;
    }
}
