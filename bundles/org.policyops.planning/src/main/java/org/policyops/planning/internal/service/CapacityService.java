package org.policyops.planning.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
import org.policyops.core.rest.Page;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Roles;
import org.policyops.planning.internal.domain.Capacity;
import org.policyops.planning.internal.domain.InitiativeStatus;
import org.policyops.planning.internal.domain.Quarter;
import org.policyops.planning.internal.dto.CapacityReport;
import org.policyops.planning.internal.dto.HolidayRequest;
import org.policyops.planning.internal.dto.HolidayView;
import org.policyops.planning.internal.dto.LeaveRequest;
import org.policyops.planning.internal.dto.LeaveView;
import org.policyops.planning.internal.entity.HolidayEntity;
import org.policyops.planning.internal.entity.LeaveEntity;
import org.policyops.planning.internal.entity.TeamEntity;
import org.policyops.planning.internal.entity.TeamMember;

/**
 * Public holidays, planned leave, and the capacity report: capacity per team and quarter ({@link Capacity}) against
 * the demand of the initiatives the team owns, summed by the database. One transaction per request. Planners write
 * all holidays and leave; a regional lead those of its regions (leave: of teams in its regions).
 */
@Component(service = CapacityService.class)
public class CapacityService {

    public static final Map<String, String> HOLIDAY_SORTABLE = PagedQuery.sameNames("quarter", "region", "days");
    public static final Map<String, String> LEAVE_SORTABLE = PagedQuery.sameNames("quarter", "member", "days");
    public static final String DEFAULT_SORT = "quarter";

    /** Work in these states no longer needs capacity. */
    static final EnumSet<InitiativeStatus> CLOSED = EnumSet.of(InitiativeStatus.DONE, InitiativeStatus.CANCELLED);

    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public CapacityService(@Reference(target = PlanningUnit.TARGET) JpaTemplate jpa) {
        this(jpa, Clock.systemUTC());
    }

    CapacityService(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    // ---- holidays

    public Page<HolidayView> holidays(PageRequest page) {
        return jpa.txExpr(TransactionType.Required,
                em -> PagedQuery.find(em, HolidayEntity.class, page, (cb, root) -> List.of()).map(HolidayView::of));
    }

    public HolidayView addHoliday(HolidayRequest request, SecurityContext caller) {
        HolidayRequest.Content c = request.validate();
        String user = Access.userName(caller);
        return jpa.txExpr(TransactionType.Required, em -> {
            Access.requireRegions(caller, Roles.PLANNER, List.of(c.region()));
            List<Long> taken = em.createQuery("select h.id from HolidayEntity h where h.region = :region"
                    + " and h.quarter = :quarter", Long.class).setParameter("region", c.region())
                    .setParameter("quarter", c.quarter().toString()).getResultList();
            if (!taken.isEmpty()) {
                throw ProblemException.conflict("Holidays of " + c.region() + " in " + c.quarter()
                        + " are recorded already (id " + taken.get(0) + "); delete that record to replace it.");
            }
            HolidayEntity h = new HolidayEntity(c.region(), c.quarter(), c.days(), user, PersistenceSupport.now(clock));
            em.persist(h);
            em.flush();
            return HolidayView.of(h);
        });
    }

    public void deleteHoliday(long id, SecurityContext caller) {
        jpa.txExpr(TransactionType.Required, em -> {
            HolidayEntity h = em.find(HolidayEntity.class, id);
            if (h == null) {
                throw ProblemException.notFound("holiday record", id);
            }
            Access.requireRegions(caller, Roles.PLANNER, List.of(h.getRegion()));
            em.remove(h);
            em.flush();
            return null;
        });
    }

    // ---- leave

    public Page<LeaveView> leave(PageRequest page) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Page<LeaveEntity> found = PagedQuery.find(em, LeaveEntity.class, page, (cb, root) -> List.of());
            Map<Long, String> names = new HashMap<>();
            for (Object[] row : em.createQuery("select t.id, t.name from TeamEntity t", Object[].class).getResultList()) {
                names.put((Long) row[0], (String) row[1]);
            }
            return found.map(l -> view(l, names.get(l.getTeamId())));
        });
    }

    public LeaveView addLeave(LeaveRequest request, SecurityContext caller) {
        LeaveRequest.Content c = request.validate();
        String user = Access.userName(caller);
        return jpa.txExpr(TransactionType.Required, em -> {
            TeamEntity team = TeamService.findByName(em, c.team());
            if (team == null) {
                throw ProblemException.badRequest("team", "there is no team named '" + c.team() + "'");
            }
            Access.requireRegions(caller, Roles.PLANNER, TeamService.regions(team.getRegion()));
            if (team.getMembers().stream().noneMatch(m -> m.getName().equals(c.member()))) {
                throw ProblemException.badRequest("member", "'" + c.member() + "' is not a member of " + team.getName());
            }
            LeaveEntity l = new LeaveEntity(team.getId(), c.member(), c.quarter(), c.days(), user, PersistenceSupport.now(clock));
            em.persist(l);
            em.flush();
            return view(l, team.getName());
        });
    }

    public void deleteLeave(long id, SecurityContext caller) {
        jpa.txExpr(TransactionType.Required, em -> {
            LeaveEntity l = em.find(LeaveEntity.class, id);
            if (l == null) {
                throw ProblemException.notFound("leave record", id);
            }
            TeamEntity team = em.find(TeamEntity.class, l.getTeamId());
            Access.requireRegions(caller, Roles.PLANNER, TeamService.regions(team == null ? null : team.getRegion()));
            em.remove(l);
            em.flush();
            return null;
        });
    }

    private static LeaveView view(LeaveEntity l, String team) {
        return new LeaveView(l.getId(), l.getTeamId(), team, l.getMember(), l.getQuarter().toString(), l.getDays(),
                l.getCreatedAt(), l.getCreatedBy());
    }

    // ---- capacity

    /** The report for the quarters (of one year), all teams or the one named {@code team} (404 when none is). */
    public CapacityReport report(int year, List<Quarter> quarters, String team) {
        return jpa.txExpr(TransactionType.Required, em -> {
            List<TeamCapacity> teams = capacities(em, quarters, team);
            if (team != null && teams.isEmpty()) {
                throw ProblemException.notFound("team", team);
            }
            Map<String, Map<Quarter, Double>> demand = demand(em, quarters);
            List<CapacityReport.TeamCapacity> rows = new ArrayList<>();
            for (TeamCapacity t : teams) {
                List<CapacityReport.QuarterCapacity> cells = new ArrayList<>();
                Map<Quarter, Double> d = demand.getOrDefault(t.name(), Map.of());
                for (Quarter q : quarters) {
                    double cap = t.weeks().get(q);
                    double dem = d.getOrDefault(q, 0.0);
                    Double utilization = cap > 0 ? Capacity.round(dem / cap) : null;
                    cells.add(new CapacityReport.QuarterCapacity(q.toString(), Capacity.round(cap), Capacity.round(dem),
                            utilization, dem > cap + 1e-9, t.holidayDays().get(q), t.leaveDays().get(q)));
                }
                rows.add(new CapacityReport.TeamCapacity(t.id(), t.name(), t.region(), t.members(), cells));
            }
            List<CapacityReport.Unassigned> unassigned = new ArrayList<>();
            if (team == null) {
                Map<String, Boolean> known = new HashMap<>();
                teams.forEach(t -> known.put(t.name(), true));
                demand.forEach((owner, byQuarter) -> {
                    if (!known.containsKey(owner)) {
                        byQuarter.forEach((q, dem) -> unassigned.add(new CapacityReport.Unassigned(owner, q.toString(),
                                Capacity.round(dem))));
                    }
                });
            }
            return new CapacityReport(year, quarters.stream().map(Quarter::toString).toList(), rows, unassigned);
        });
    }

    /** A team's capacity in each quarter asked for, with the holiday and leave days that reduced it. */
    record TeamCapacity(long id, String name, String region, int members, Map<Quarter, Double> weeks,
            Map<Quarter, Double> holidayDays, Map<Quarter, Double> leaveDays) {
    }

    /**
     * Capacity of every team (or of the one named {@code only}) in the quarters, in the caller's transaction: one
     * query for teams, one for holidays, one for leave, and one per team for its members. (Fetch-joining the
     * embedded members fails in EclipseLink 2.7; an organisation has tens of teams, not thousands.)
     */
    static List<TeamCapacity> capacities(EntityManager em, List<Quarter> quarters, String only) {
        List<String> codes = quarters.stream().map(Quarter::toString).toList();
        List<TeamEntity> teams;
        if (only == null) {
            teams = em.createQuery("select t from TeamEntity t order by t.name",
                    TeamEntity.class).getResultList();
        } else {
            teams = em.createQuery("select t from TeamEntity t where t.name = :name",
                    TeamEntity.class).setParameter("name", only).getResultList();
        }
        Map<String, Map<Quarter, Double>> holidays = new HashMap<>();
        for (HolidayEntity h : em.createQuery("select h from HolidayEntity h where h.quarter in :quarters",
                HolidayEntity.class).setParameter("quarters", codes).getResultList()) {
            holidays.computeIfAbsent(h.getRegion(), k -> new HashMap<>()).merge(h.getQuarter(), h.getDays(), Double::sum);
        }
        Map<Long, Map<String, Map<Quarter, Double>>> leave = new HashMap<>();
        for (Object[] row : em.createQuery("select l.teamId, l.member, l.quarter, sum(l.days) from LeaveEntity l"
                + " where l.quarter in :quarters group by l.teamId, l.member, l.quarter", Object[].class)
                .setParameter("quarters", codes).getResultList()) {
            leave.computeIfAbsent((Long) row[0], k -> new HashMap<>()).computeIfAbsent((String) row[1], k -> new HashMap<>())
                    .put(Quarter.parse((String) row[2]), ((Number) row[3]).doubleValue());
        }
        List<TeamCapacity> result = new ArrayList<>();
        for (TeamEntity t : teams) {
            Map<Quarter, Double> weeks = new TreeMap<>();
            Map<Quarter, Double> holidayDays = new TreeMap<>();
            Map<Quarter, Double> leaveDays = new TreeMap<>();
            Map<String, Map<Quarter, Double>> teamLeave = leave.getOrDefault(t.getId(), Map.of());
            for (Quarter q : quarters) {
                double hd = t.getRegion() == null ? 0 : holidays.getOrDefault(t.getRegion(), Map.of()).getOrDefault(q, 0.0);
                List<Capacity.Member> members = new ArrayList<>();
                double ld = 0;
                for (TeamMember m : t.getMembers()) {
                    // Leave of a name no longer on the team does not count.
                    double days = teamLeave.getOrDefault(m.getName(), Map.of()).getOrDefault(q, 0.0);
                    ld += days;
                    members.add(new Capacity.Member(m.getFte(), days));
                }
                weeks.put(q, Capacity.teamWeeks(members, hd));
                holidayDays.put(q, hd);
                leaveDays.put(q, ld);
            }
            result.add(new TeamCapacity(t.getId(), t.getName(), t.getRegion(), t.getMembers().size(), weeks,
                    holidayDays, leaveDays));
        }
        return result;
    }

    /**
     * Demand in person-weeks by owning team and quarter: the effort of initiatives targeted in the quarters that
     * are neither done nor cancelled, summed by the database in one grouped query.
     */
    static Map<String, Map<Quarter, Double>> demand(EntityManager em, List<Quarter> quarters) {
        Map<String, Map<Quarter, Double>> demand = new TreeMap<>();
        for (Object[] row : em.createQuery("select i.owningTeam, i.targetQuarter, sum(i.effortWeeks) from InitiativeEntity i"
                + " where i.targetQuarter in :quarters and i.status not in :closed"
                + " group by i.owningTeam, i.targetQuarter", Object[].class)
                .setParameter("quarters", quarters.stream().map(Quarter::toString).toList())
                .setParameter("closed", CLOSED).getResultList()) {
            String owner = row[0] == null ? "" : (String) row[0];
            demand.computeIfAbsent(owner, k -> new TreeMap<>()).merge(Quarter.parse((String) row[1]),
                    ((Number) row[2]).doubleValue(), Double::sum);
        }
        return demand;
    }
}
