package org.policyops.planning.internal.service;

import java.time.Clock;
import java.time.Instant;
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
import org.policyops.planning.internal.dto.MilestoneRequest;
import org.policyops.planning.internal.dto.MilestoneView;
import org.policyops.core.rest.Tagged;
import org.policyops.planning.internal.entity.InitiativeEntity;
import org.policyops.planning.internal.entity.MilestoneEntity;

/**
 * The dated milestones of an initiative, one transaction per request. Writing a milestone needs the same rights as
 * writing its initiative: planners everywhere, regional leads when all the initiative's stored regions are theirs.
 */
@Component(service = MilestoneService.class)
public class MilestoneService {

    public static final Map<String, String> SORTABLE = PagedQuery.sameNames("date", "title", "kind", "createdAt", "updatedAt");
    public static final String DEFAULT_SORT = "date";

    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public MilestoneService(@Reference(target = PlanningUnit.TARGET) JpaTemplate jpa) {
        this(jpa, Clock.systemUTC());
    }

    MilestoneService(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    public Page<MilestoneView> list(long initiativeId, PageRequest page) {
        return jpa.txExpr(TransactionType.Required, em -> {
            InitiativeEntity initiative = InitiativeService.find(em, initiativeId);
            return PagedQuery.find(em, MilestoneEntity.class, page,
                    (cb, root) -> List.of(cb.equal(root.get("initiative"), initiative))).map(MilestoneView::of);
        });
    }

    public Tagged<MilestoneView> get(long initiativeId, long milestoneId) {
        return jpa.txExpr(TransactionType.Required, em -> tagged(find(em, initiativeId, milestoneId)));
    }

    public Tagged<MilestoneView> create(long initiativeId, MilestoneRequest request, SecurityContext caller) {
        MilestoneEntity.Content c = request.validate();
        String user = Access.userName(caller);
        return jpa.txExpr(TransactionType.Required, em -> {
            InitiativeEntity initiative = InitiativeService.find(em, initiativeId);
            Access.requireRegions(caller, Roles.PLANNER, initiative.getRegions());
            Instant now = PersistenceSupport.now(clock);
            MilestoneEntity milestone = new MilestoneEntity(initiative, user, now);
            milestone.apply(c, now);
            em.persist(milestone);
            em.flush();
            return tagged(milestone);
        });
    }

    public Tagged<MilestoneView> update(long initiativeId, long milestoneId, String ifMatch, MilestoneRequest request,
            SecurityContext caller) {
        MilestoneEntity.Content c = request.validate();
        return jpa.txExpr(TransactionType.Required, em -> {
            MilestoneEntity milestone = find(em, initiativeId, milestoneId);
            Access.requireRegions(caller, Roles.PLANNER, milestone.getInitiative().getRegions());
            ETags.checkIfMatch(ifMatch, milestone.getVersion());
            milestone.apply(c, PersistenceSupport.now(clock));
            PersistenceSupport.flush(em, ifMatch);
            return tagged(milestone);
        });
    }

    public void delete(long initiativeId, long milestoneId, String ifMatch, SecurityContext caller) {
        jpa.txExpr(TransactionType.Required, em -> {
            MilestoneEntity milestone = find(em, initiativeId, milestoneId);
            Access.requireRegions(caller, Roles.PLANNER, milestone.getInitiative().getRegions());
            ETags.checkIfMatch(ifMatch, milestone.getVersion());
            em.remove(milestone);
            PersistenceSupport.flush(em, ifMatch);
            return null;
        });
    }

    /** Removes every milestone of an initiative, in the caller's transaction; the initiative's delete uses it. */
    static int deleteAllOf(EntityManager em, InitiativeEntity initiative) {
        return em.createQuery("delete from MilestoneEntity m where m.initiative = :initiative")
                .setParameter("initiative", initiative).executeUpdate();
    }

    /** The milestone, if it belongs to the initiative; 404 names the initiative when that is what is missing. */
    private static MilestoneEntity find(EntityManager em, long initiativeId, long milestoneId) {
        InitiativeEntity initiative = InitiativeService.find(em, initiativeId);
        MilestoneEntity milestone = em.find(MilestoneEntity.class, milestoneId);
        if (milestone == null || !milestone.getInitiative().getId().equals(initiative.getId())) {
            throw ProblemException.notFound("milestone", milestoneId);
        }
        return milestone;
    }

    private static Tagged<MilestoneView> tagged(MilestoneEntity m) {
        return new Tagged<>(MilestoneView.of(m), m.getVersion());
    }
}
