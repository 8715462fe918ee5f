package org.policyops.localization.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.criteria.CriteriaBuilder;
import javax.persistence.criteria.Predicate;
import javax.persistence.criteria.Root;
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
import org.policyops.core.rest.Tagged;
import org.policyops.localization.internal.dto.TimelineRequest;
import org.policyops.localization.internal.dto.TimelineView;
import org.policyops.localization.internal.entity.RegionEntity;
import org.policyops.localization.internal.entity.TimelineEntity;

/**
 * Regional timelines: per policy version and region, target dates for translation, training and enforcement start.
 * Overdue ones (a target date before today, not done) are selected in the database. Regional leads write the
 * timelines of their regions only.
 */
@Component(service = TimelineService.class)
public class TimelineService {

    public static final Map<String, String> SORTABLE = PagedQuery.sameNames("policyKey", "policyVersion", "region",
            "translationDue", "trainingDue", "enforcementStart");
    public static final String DEFAULT_SORT = "policyKey,policyVersion,region";

    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public TimelineService(@Reference(target = LocalizationUnit.TARGET) JpaTemplate jpa) {
        this(jpa, Clock.systemUTC());
    }

    TimelineService(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** Filters of the timeline list; null means any. {@code overdue} keeps timelines with a late milestone. */
    public record Filter(String policyKey, String policyVersion, String region, boolean overdue) {
    }

    public Page<TimelineView> list(Filter f, PageRequest page) {
        LocalDate today = today();
        return jpa.txExpr(TransactionType.Required, em -> PagedQuery.find(em, TimelineEntity.class, page, (cb, root) -> {
            List<Predicate> p = new ArrayList<>();
            if (f.policyKey() != null) {
                p.add(cb.equal(root.get("policyKey"), f.policyKey()));
            }
            if (f.policyVersion() != null) {
                p.add(cb.equal(root.get("policyVersion"), f.policyVersion()));
            }
            if (f.region() != null) {
                p.add(cb.equal(root.get("region"), f.region()));
            }
            if (f.overdue()) {
                p.add(cb.or(late(cb, root, "translationDue", "translationDone", today),
                        late(cb, root, "trainingDue", "trainingDone", today),
                        late(cb, root, "enforcementStart", "enforcementStarted", today)));
            }
            return p;
        }).map(t -> TimelineView.of(t, today)));
    }

    private static Predicate late(CriteriaBuilder cb, Root<TimelineEntity> root, String due, String done, LocalDate today) {
        return cb.and(cb.lessThan(root.get(due), today), cb.isNull(root.get(done)));
    }

    public Tagged<TimelineView> get(long id) {
        return jpa.txExpr(TransactionType.Required, em -> tagged(find(em, id)));
    }

    public Tagged<TimelineView> create(TimelineRequest request, SecurityContext caller) {
        TimelineEntity.Content c = request.validate();
        return jpa.txExpr(TransactionType.Required, em -> {
            Access.requireRegions(caller, Roles.LOCALIZATION, List.of(c.region()));
            requireRegion(em, c.region());
            requireFree(em, c, null);
            TimelineEntity t = new TimelineEntity(c);
            em.persist(t);
            em.flush();
            return tagged(t);
        });
    }

    public Tagged<TimelineView> update(long id, String ifMatch, TimelineRequest request, SecurityContext caller) {
        TimelineEntity.Content c = request.validate();
        return jpa.txExpr(TransactionType.Required, em -> {
            TimelineEntity t = find(em, id);
            Access.requireRegions(caller, Roles.LOCALIZATION, List.of(t.getRegion()));
            Access.requireRegions(caller, Roles.LOCALIZATION, List.of(c.region()));
            ETags.checkIfMatch(ifMatch, t.getVersion());
            requireRegion(em, c.region());
            requireFree(em, c, t.getId());
            t.apply(c);
            PersistenceSupport.flush(em, ifMatch);
            return tagged(t);
        });
    }

    public void delete(long id, String ifMatch, SecurityContext caller) {
        jpa.txExpr(TransactionType.Required, em -> {
            TimelineEntity t = find(em, id);
            Access.requireRegions(caller, Roles.LOCALIZATION, List.of(t.getRegion()));
            ETags.checkIfMatch(ifMatch, t.getVersion());
            em.remove(t);
            PersistenceSupport.flush(em, ifMatch);
            return null;
        });
    }

    private static void requireRegion(EntityManager em, String region) {
        if (em.find(RegionEntity.class, region) == null) {
            throw ProblemException.badRequest("region", "no region " + region + " (see GET /api/localization/regions)");
        }
    }

    private static void requireFree(EntityManager em, TimelineEntity.Content c, Long self) {
        List<Long> ids = em.createQuery("select t.id from TimelineEntity t where t.policyKey = :key and t.policyVersion = :version "
                + "and t.region = :region", Long.class).setParameter("key", c.policyKey())
                .setParameter("version", c.policyVersion()).setParameter("region", c.region()).getResultList();
        if (!ids.isEmpty() && !ids.get(0).equals(self)) {
            throw ProblemException.conflict("A timeline for " + c.policyKey() + " " + c.policyVersion() + " in " + c.region()
                    + " exists already (id " + ids.get(0) + ").").with("id", ids.get(0));
        }
    }

    private static TimelineEntity find(EntityManager em, long id) {
        TimelineEntity t = em.find(TimelineEntity.class, id);
        if (t == null) {
            throw ProblemException.notFound("timeline", id);
        }
        return t;
    }

    private Tagged<TimelineView> tagged(TimelineEntity t) {
        return new Tagged<>(TimelineView.of(t, today()), t.getVersion());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
