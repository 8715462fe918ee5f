package org.policyops.planning.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.ws.rs.core.SecurityContext;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.core.persistence.PagedQuery;
import org.policyops.core.persistence.PersistenceSupport;
import org.policyops.core.rest.Access;
import org.policyops.core.rest.ETags;
import org.policyops.core.rest.Page;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Roles;
import org.policyops.planning.internal.dto.InitiativeRequest;
import org.policyops.planning.internal.dto.InitiativeView;
import org.policyops.core.rest.Tagged;
import org.policyops.planning.internal.entity.InitiativeEntity;

/**
 * The planning portfolio's use cases, one transaction per request. A regional lead may only touch initiatives
 * whose regions are all its own, both as stored and as sent. Deleting an initiative deletes its dependency edges.
 */
@Component(service = InitiativeService.class)
public class InitiativeService {

    /** Sort keys of the initiative list, mapped to entity attributes; enums sort in their natural order. */
    public static final Map<String, String> SORTABLE = Map.of("title", "title", "targetQuarter", "targetQuarter",
            "status", "statusRank", "riskLevel", "riskRank", "reach", "reach", "effortWeeks", "effortWeeks",
            "createdAt", "createdAt", "updatedAt", "updatedAt");
    public static final String DEFAULT_SORT = "targetQuarter,-riskLevel,title";

    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public InitiativeService(@Reference(target = PlanningUnit.TARGET) JpaTemplate jpa) {
        this(jpa, Clock.systemUTC());
    }

    InitiativeService(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    public Page<InitiativeView> list(InitiativeFilter filter, PageRequest page) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Page<InitiativeEntity> found = PagedQuery.find(em, InitiativeEntity.class, page, filter::predicates);
            List<Long> ids = found.items().stream().map(InitiativeEntity::getId).toList();
            Map<Long, List<String>> lobs = values(em, "linesOfBusiness", ids);
            Map<Long, List<String>> regions = values(em, "regions", ids);
            return found.map(i -> InitiativeView.of(i, lobs.getOrDefault(i.getId(), List.of()),
                    regions.getOrDefault(i.getId(), List.of())));
        });
    }

    public Tagged<InitiativeView> get(long id) {
        return jpa.txExpr(TransactionType.Required, em -> tagged(find(em, id)));
    }

    public Tagged<InitiativeView> create(InitiativeRequest request, SecurityContext caller) {
        InitiativeEntity.Content c = request.validate();
        String user = Access.userName(caller);
        // The platform checked the regions as sent; these are the normalised ones that will be stored.
        Access.requireRegions(caller, Roles.PLANNER, c.regions());
        return jpa.txExpr(TransactionType.Required, em -> {
            requirePolicy(em, c.policyKey());
            Instant now = now();
            InitiativeEntity initiative = new InitiativeEntity(user, now);
            initiative.apply(c, now);
            em.persist(initiative);
            em.flush();
            return tagged(initiative);
        });
    }

    public Tagged<InitiativeView> update(long id, String ifMatch, InitiativeRequest request, SecurityContext caller) {
        InitiativeEntity.Content c = request.validate();
        return jpa.txExpr(TransactionType.Required, em -> {
            InitiativeEntity initiative = find(em, id);
            Access.requireRegions(caller, Roles.PLANNER, initiative.getRegions());
            Access.requireRegions(caller, Roles.PLANNER, c.regions());
            ETags.checkIfMatch(ifMatch, initiative.getVersion());
            requirePolicy(em, c.policyKey());
            initiative.apply(c, now());
            PersistenceSupport.flush(em, ifMatch);
            return tagged(initiative);
        });
    }

    public void delete(long id, String ifMatch, SecurityContext caller) {
        jpa.txExpr(TransactionType.Required, em -> {
            // Under the graph lock, so that no dependency on this initiative is added while it goes.
            DependencyService.lockGraph(em, now());
            InitiativeEntity initiative = find(em, id);
            Access.requireRegions(caller, Roles.PLANNER, initiative.getRegions());
            ETags.checkIfMatch(ifMatch, initiative.getVersion());
            em.createQuery("delete from DependencyEntity d where d.initiativeId = :id or d.dependsOnId = :id")
                    .setParameter("id", id).executeUpdate();
            MilestoneService.deleteAllOf(em, initiative);
            em.remove(initiative);
            PersistenceSupport.flush(em, ifMatch);
            return null;
        });
    }

    private static void requirePolicy(EntityManager em, String policyKey) {
        if (policyKey != null && PolicyService.findOptional(em, policyKey) == null) {
            throw ProblemException.badRequest("policyKey", "names no policy of the catalog (was '" + policyKey + "')");
        }
    }

    static InitiativeEntity find(EntityManager em, long id) {
        InitiativeEntity initiative = em.find(InitiativeEntity.class, id);
        if (initiative == null) {
            throw ProblemException.notFound("initiative", id);
        }
        return initiative;
    }

    /** Loads one element collection for a whole page in a single query. */
    static Map<Long, List<String>> values(EntityManager em, String collection, List<Long> ids) {
        Map<Long, List<String>> byId = new HashMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        List<Object[]> rows = em.createQuery("select i.id, v from InitiativeEntity i join i." + collection
                + " v where i.id in :ids order by v", Object[].class).setParameter("ids", ids).getResultList();
        for (Object[] row : rows) {
            byId.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        return byId;
    }

    private static Tagged<InitiativeView> tagged(InitiativeEntity i) {
        return new Tagged<>(InitiativeView.of(i), i.getVersion());
    }

    private Instant now() {
        return PersistenceSupport.now(clock);
    }
}
