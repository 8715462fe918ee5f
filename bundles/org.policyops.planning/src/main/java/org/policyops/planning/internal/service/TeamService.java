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
import org.policyops.core.rest.Tagged;
import org.policyops.planning.internal.dto.TeamRequest;
import org.policyops.planning.internal.dto.TeamView;
import org.policyops.planning.internal.entity.TeamEntity;

/**
 * Teams and their members, one transaction per request. A team's name is unique (409 when taken): initiatives name
 * their team by it. Deleting a team deletes its members' planned leave; initiatives keep their owning team's name.
 * Planners write every team; a regional lead writes the teams of its regions (before and after the change), never a
 * team without a region.
 */
@Component(service = TeamService.class)
public class TeamService {

    public static final Map<String, String> SORTABLE = PagedQuery.sameNames("name", "region", "createdAt", "updatedAt");
    public static final String DEFAULT_SORT = "name";

    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public TeamService(@Reference(target = PlanningUnit.TARGET) JpaTemplate jpa) {
        this(jpa, Clock.systemUTC());
    }

    TeamService(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    public Page<TeamView> list(PageRequest page) {
        return jpa.txExpr(TransactionType.Required,
                em -> PagedQuery.find(em, TeamEntity.class, page, (cb, root) -> List.of()).map(TeamView::of));
    }

    public Tagged<TeamView> get(long id) {
        return jpa.txExpr(TransactionType.Required, em -> tagged(find(em, id)));
    }

    public Tagged<TeamView> create(TeamRequest request, SecurityContext caller) {
        TeamEntity.Content c = request.validate();
        String user = Access.userName(caller);
        return jpa.txExpr(TransactionType.Required, em -> {
            Access.requireRegions(caller, Roles.PLANNER, regions(c.region()));
            requireFreeName(em, c.name(), null);
            Instant now = PersistenceSupport.now(clock);
            TeamEntity team = new TeamEntity(user, now);
            team.apply(c, now);
            em.persist(team);
            em.flush();
            return tagged(team);
        });
    }

    public Tagged<TeamView> update(long id, String ifMatch, TeamRequest request, SecurityContext caller) {
        TeamEntity.Content c = request.validate();
        return jpa.txExpr(TransactionType.Required, em -> {
            TeamEntity team = find(em, id);
            Access.requireRegions(caller, Roles.PLANNER, regions(team.getRegion()));
            Access.requireRegions(caller, Roles.PLANNER, regions(c.region()));
            ETags.checkIfMatch(ifMatch, team.getVersion());
            requireFreeName(em, c.name(), team.getId());
            team.apply(c, PersistenceSupport.now(clock));
            PersistenceSupport.flush(em, ifMatch);
            return tagged(team);
        });
    }

    public void delete(long id, String ifMatch, SecurityContext caller) {
        jpa.txExpr(TransactionType.Required, em -> {
            TeamEntity team = find(em, id);
            Access.requireRegions(caller, Roles.PLANNER, regions(team.getRegion()));
            ETags.checkIfMatch(ifMatch, team.getVersion());
            em.createQuery("delete from LeaveEntity l where l.teamId = :team").setParameter("team", team.getId())
                    .executeUpdate();
            em.remove(team);
            PersistenceSupport.flush(em, ifMatch);
            return null;
        });
    }

    /** A team's region as the region list {@link Access#requireRegions} checks; none for a team without one. */
    static List<String> regions(String region) {
        return region == null ? List.of() : List.of(region);
    }

    static TeamEntity find(EntityManager em, long id) {
        TeamEntity team = em.find(TeamEntity.class, id);
        if (team == null) {
            throw ProblemException.notFound("team", id);
        }
        return team;
    }

    /** The team of that name, or null. */
    static TeamEntity findByName(EntityManager em, String name) {
        List<TeamEntity> found = em.createQuery("select t from TeamEntity t where t.name = :name", TeamEntity.class)
                .setParameter("name", name).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** 409 when another team has the name; the unique constraint backs this check against concurrent requests. */
    private static void requireFreeName(EntityManager em, String name, Long self) {
        TeamEntity other = findByName(em, name);
        if (other != null && !other.getId().equals(self)) {
            throw ProblemException.conflict("A team named '" + name + "' exists already (id " + other.getId() + ").");
        }
    }

    private static Tagged<TeamView> tagged(TeamEntity t) {
        return new Tagged<>(TeamView.of(t), t.getVersion());
    }
}
