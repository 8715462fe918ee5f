package org.policyops.planning.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.criteria.Predicate;
import javax.ws.rs.core.SecurityContext;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.RegionCode;
import org.policyops.api.planning.HolidayCalendar;
import org.policyops.api.planning.PublicHoliday;
import org.policyops.core.persistence.PagedQuery;
import org.policyops.core.persistence.PersistenceSupport;
import org.policyops.core.rest.Access;
import org.policyops.core.rest.ETags;
import org.policyops.core.rest.Page;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Roles;
import org.policyops.core.rest.Tagged;
import org.policyops.planning.internal.dto.PublicHolidayRequest;
import org.policyops.planning.internal.dto.PublicHolidayView;
import org.policyops.planning.internal.entity.PublicHolidayEntity;

/**
 * Dated public holidays per region, one transaction per request, and the {@link HolidayCalendar} other features
 * read. One record per region and day (409 when taken). Planners write every region's; a regional lead its regions'.
 */
@Component(service = { PublicHolidayService.class, HolidayCalendar.class })
public class PublicHolidayService implements HolidayCalendar {

    public static final Map<String, String> SORTABLE = PagedQuery.sameNames("date", "region", "name");
    public static final String DEFAULT_SORT = "date";

    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public PublicHolidayService(@Reference(target = PlanningUnit.TARGET) JpaTemplate jpa) {
        this(jpa, Clock.systemUTC());
    }

    PublicHolidayService(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** Filtered by region (exact) and by a date range (both optional, included). */
    public Page<PublicHolidayView> list(String region, LocalDate from, LocalDate to, PageRequest page) {
        return jpa.txExpr(TransactionType.Required, em -> PagedQuery.find(em, PublicHolidayEntity.class, page,
                (cb, root) -> {
                    List<Predicate> where = new ArrayList<>();
                    if (region != null) {
                        where.add(cb.equal(root.get("region"), region));
                    }
                    if (from != null) {
                        where.add(cb.greaterThanOrEqualTo(root.<LocalDate>get("date"), from));
                    }
                    if (to != null) {
                        where.add(cb.lessThanOrEqualTo(root.<LocalDate>get("date"), to));
                    }
                    return where;
                }).map(PublicHolidayView::of));
    }

    public Tagged<PublicHolidayView> get(long id) {
        return jpa.txExpr(TransactionType.Required, em -> tagged(find(em, id)));
    }

    public Tagged<PublicHolidayView> create(PublicHolidayRequest request, SecurityContext caller) {
        PublicHolidayRequest.Content c = request.validate();
        String user = Access.userName(caller);
        return jpa.txExpr(TransactionType.Required, em -> {
            Access.requireRegions(caller, Roles.PLANNER, List.of(c.region()));
            requireFree(em, c, null);
            PublicHolidayEntity h = new PublicHolidayEntity(user, PersistenceSupport.now(clock));
            h.apply(c.region(), c.date(), c.name(), PersistenceSupport.now(clock));
            em.persist(h);
            em.flush();
            return tagged(h);
        });
    }

    public Tagged<PublicHolidayView> update(long id, String ifMatch, PublicHolidayRequest request, SecurityContext caller) {
        PublicHolidayRequest.Content c = request.validate();
        return jpa.txExpr(TransactionType.Required, em -> {
            PublicHolidayEntity h = find(em, id);
            Access.requireRegions(caller, Roles.PLANNER, List.of(h.getRegion()));
            Access.requireRegions(caller, Roles.PLANNER, List.of(c.region()));
            ETags.checkIfMatch(ifMatch, h.getVersion());
            requireFree(em, c, h.getId());
            h.apply(c.region(), c.date(), c.name(), PersistenceSupport.now(clock));
            PersistenceSupport.flush(em, ifMatch);
            return tagged(h);
        });
    }

    public void delete(long id, String ifMatch, SecurityContext caller) {
        jpa.txExpr(TransactionType.Required, em -> {
            PublicHolidayEntity h = find(em, id);
            Access.requireRegions(caller, Roles.PLANNER, List.of(h.getRegion()));
            ETags.checkIfMatch(ifMatch, h.getVersion());
            em.remove(h);
            PersistenceSupport.flush(em, ifMatch);
            return null;
        });
    }

    @Override
    public List<PublicHoliday> publicHolidays(Collection<RegionCode> regions, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || to.toEpochDay() - from.toEpochDay() >= MAX_RANGE_DAYS) {
            throw new IllegalArgumentException("public holidays are read for a range of 1 to " + MAX_RANGE_DAYS
                    + " days, not " + from + ".." + to);
        }
        if (regions == null || regions.isEmpty()) {
            return List.of();
        }
        List<String> codes = regions.stream().map(RegionCode::value).distinct().toList();
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select h from PublicHolidayEntity h"
                + " where h.region in :regions and h.date >= :from and h.date <= :to order by h.date, h.region",
                PublicHolidayEntity.class).setParameter("regions", codes).setParameter("from", from)
                .setParameter("to", to).getResultList().stream()
                .map(h -> new PublicHoliday(RegionCode.of(h.getRegion()), h.getDate(), h.getName())).toList());
    }

    @Override
    public boolean knows(RegionCode region) {
        if (region == null) {
            return false;
        }
        return jpa.txExpr(TransactionType.Required, em -> !em.createQuery(
                "select h.id from PublicHolidayEntity h where h.region = :region", Long.class)
                .setParameter("region", region.value()).setMaxResults(1).getResultList().isEmpty());
    }

    static PublicHolidayEntity find(EntityManager em, long id) {
        PublicHolidayEntity h = em.find(PublicHolidayEntity.class, id);
        if (h == null) {
            throw ProblemException.notFound("public holiday", id);
        }
        return h;
    }

    /** 409 when the region has a holiday on that day already; the unique constraint backs this check. */
    private static void requireFree(EntityManager em, PublicHolidayRequest.Content c, Long self) {
        List<Long> taken = em.createQuery("select h.id from PublicHolidayEntity h where h.region = :region"
                + " and h.date = :date", Long.class).setParameter("region", c.region()).setParameter("date", c.date())
                .getResultList();
        if (!taken.isEmpty() && !taken.get(0).equals(self)) {
            throw ProblemException.conflict("A public holiday of " + c.region() + " on " + c.date()
                    + " exists already (id " + taken.get(0) + "); change that one with PUT.");
        }
    }

    private static Tagged<PublicHolidayView> tagged(PublicHolidayEntity h) {
        return new Tagged<>(PublicHolidayView.of(h), h.getVersion());
    }
}
