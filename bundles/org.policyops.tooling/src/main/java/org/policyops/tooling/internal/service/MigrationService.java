package org.policyops.tooling.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.criteria.CriteriaBuilder;
import javax.persistence.criteria.CriteriaQuery;
import javax.persistence.criteria.Join;
import javax.persistence.criteria.Predicate;
import javax.persistence.criteria.Root;
import javax.persistence.criteria.Subquery;
import javax.ws.rs.core.SecurityContext;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.core.events.EventPoster;
import org.policyops.core.persistence.PagedQuery;
import org.policyops.core.persistence.PersistenceSupport;
import org.policyops.core.rest.Access;
import org.policyops.core.rest.ETags;
import org.policyops.core.rest.Page;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Roles;
import org.policyops.core.rest.Tagged;
import org.policyops.tooling.internal.dto.MigrationRequest;
import org.policyops.tooling.internal.dto.MigrationStateRequest;
import org.policyops.tooling.internal.dto.MigrationView;
import org.policyops.tooling.internal.entity.MigrationEntity;
import org.policyops.tooling.internal.entity.PopulationEntity;

/**
 * Platform migrations: from tool(s) to a tool, per region with a cutover day. The state moves
 * {@code PLANNED → IN_PROGRESS → DONE}, or to {@code CANCELLED} before it is done; any other move is a 409, and each
 * move posts an event. Progress per region is counted over the usage rollup (the last 28 days).
 */
@Component(service = MigrationService.class)
public class MigrationService {

    static final List<String> STATES = List.of("PLANNED", "IN_PROGRESS", "DONE", "CANCELLED");
    /** The states in which a migration can be overdue. */
    private static final List<String> OPEN = List.of("PLANNED", "IN_PROGRESS");
    private static final int WINDOW_DAYS = 28;

    private final JpaTemplate jpa;
    private final EventPoster events;
    private final TargetPopulations populations;
    private final Clock clock;

    @Activate
    public MigrationService(@Reference(target = ToolingUnit.TARGET) JpaTemplate jpa, @Reference EventPoster events,
            @Reference TargetPopulations populations) {
        this(jpa, events, populations, Clock.systemUTC());
    }

    /** Without the training feature: populations are numbers. */
    MigrationService(JpaTemplate jpa, EventPoster events, Clock clock) {
        this(jpa, events, new TargetPopulations(null), clock);
    }

    public MigrationService(JpaTemplate jpa, EventPoster events, TargetPopulations populations, Clock clock) {
        this.jpa = jpa;
        this.events = events;
        this.populations = populations;
        this.clock = clock;
    }

    /** Reads a state (any case); blank is null, anything else not a state is a 400 naming {@code state}. */
    public static String state(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.trim().toUpperCase(Locale.ROOT);
        if (!STATES.contains(s)) {
            throw ProblemException.badRequest("state", "must be one of " + STATES + " (was '" + text + "')");
        }
        return s;
    }

    static boolean canMove(String from, String to) {
        return switch (from) {
            case "PLANNED" -> to.equals("IN_PROGRESS") || to.equals("CANCELLED");
            case "IN_PROGRESS" -> to.equals("DONE") || to.equals("CANCELLED");
            default -> false;
        };
    }

    /** What a migration list is filtered by; null (or false) leaves a filter out. */
    public record Filter(boolean overdue, String state, String tool, String region) {
    }

    /** Sortable fields of the list. */
    public static final Map<String, String> SORTABLE = Map.of("id", "id", "name", "name", "state", "state", "toTool", "toTool");

    /**
     * Migrations filtered, sorted and paged by the database (counted there too): {@code overdue} keeps those not done
     * nor cancelled with a region past its cutover day; {@code state} one state; {@code tool} those moving from or to
     * the tool; {@code region} those with a cutover in the region.
     */
    public Page<MigrationView> list(Filter filter, PageRequest page) {
        LocalDate today = today();
        TargetPopulations.Resolver resolve = populations.resolver();
        return jpa.txExpr(TransactionType.Required, em -> PagedQuery.find(em, MigrationEntity.class, page,
                (PagedQuery.Filters<MigrationEntity>) (cb, query, root) -> {
                    List<Predicate> p = new ArrayList<>();
                    if (filter.overdue()) {
                        p.add(root.get("state").in(OPEN));
                        p.add(root.get("id").in(withCutover(cb, query, c -> cb.lessThan(c.get("day"), today))));
                    }
                    if (filter.state() != null) {
                        p.add(cb.equal(root.get("state"), filter.state()));
                    }
                    if (filter.region() != null) {
                        p.add(root.get("id").in(withCutover(cb, query, c -> cb.equal(c.get("region"), filter.region()))));
                    }
                    if (filter.tool() != null) {
                        Subquery<Long> from = query.subquery(Long.class);
                        Root<MigrationEntity> m = from.from(MigrationEntity.class);
                        from.select(m.get("id")).where(cb.equal(m.join("fromTools"), filter.tool()));
                        p.add(cb.or(cb.equal(root.get("toTool"), filter.tool()), root.get("id").in(from)));
                    }
                    return p;
                }).map(m -> view(em, m, today, resolve)));
    }

    /** The ids of migrations with a cutover that matches (a subquery: a join would list a migration once per region). */
    private static Subquery<Long> withCutover(CriteriaBuilder cb, CriteriaQuery<?> query,
            java.util.function.Function<Join<MigrationEntity, MigrationEntity.Cutover>, Predicate> matches) {
        Subquery<Long> ids = query.subquery(Long.class);
        Root<MigrationEntity> m = ids.from(MigrationEntity.class);
        ids.select(m.get("id")).where(matches.apply(m.join("cutovers")));
        return ids;
    }

    public Tagged<MigrationView> get(long id) {
        LocalDate today = today();
        return jpa.txExpr(TransactionType.Required, em -> {
            MigrationEntity m = find(em, id);
            return new Tagged<>(view(em, m, today, populations.resolver()), m.getVersion());
        });
    }

    public Tagged<MigrationView> create(MigrationRequest request, SecurityContext caller) {
        MigrationRequest.Valid r = request.validate();
        Access.requireRegions(caller, Roles.TOOLING, r.regions());
        LocalDate today = today();
        return jpa.txExpr(TransactionType.Required, em -> {
            requireTools(em, r);
            MigrationEntity m = new MigrationEntity(PersistenceSupport.now(clock).toEpochMilli());
            m.apply(r.name(), r.fromTools(), r.toTool(), r.cutovers());
            em.persist(m);
            em.flush();
            return new Tagged<>(view(em, m, today, populations.resolver()), m.getVersion());
        });
    }

    public Tagged<MigrationView> update(long id, String ifMatch, MigrationRequest request, SecurityContext caller) {
        MigrationRequest.Valid r = request.validate();
        LocalDate today = today();
        return jpa.txExpr(TransactionType.Required, em -> {
            MigrationEntity m = find(em, id);
            Access.requireRegions(caller, Roles.TOOLING, m.getCutovers().stream().map(MigrationEntity.Cutover::getRegion).toList());
            Access.requireRegions(caller, Roles.TOOLING, r.regions());
            ETags.checkIfMatch(ifMatch, m.getVersion());
            requireTools(em, r);
            m.apply(r.name(), r.fromTools(), r.toTool(), r.cutovers());
            PersistenceSupport.flush(em, ifMatch);
            return new Tagged<>(view(em, m, today, populations.resolver()), m.getVersion());
        });
    }

    public Tagged<MigrationView> changeState(long id, String ifMatch, MigrationStateRequest request, SecurityContext caller) {
        String to = state(request.state());
        if (to == null) {
            throw ProblemException.badRequest("state", "must be one of " + STATES + " (was null)");
        }
        String user = Access.userName(caller);
        Instant now = PersistenceSupport.now(clock);
        LocalDate today = today();
        record Moved(Tagged<MigrationView> view, String previous) {
        }
        Moved moved = jpa.txExpr(TransactionType.Required, em -> {
            MigrationEntity m = find(em, id);
            Access.requireRegions(caller, Roles.TOOLING, m.getCutovers().stream().map(MigrationEntity.Cutover::getRegion).toList());
            ETags.checkIfMatch(ifMatch, m.getVersion());
            String from = m.getState();
            if (!canMove(from, to)) {
                throw ProblemException.conflict("Migration " + id + " is " + from + " and cannot move to " + to + ".")
                        .with("state", from);
            }
            m.setState(to);
            PersistenceSupport.flush(em, ifMatch);
            return new Moved(new Tagged<>(view(em, m, today, populations.resolver()), m.getVersion()), from);
        });
        events.post(ToolingNotices.migrationStateChanged(id, moved.view().body().name(), to, moved.previous(), user, now));
        return moved.view();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private static void requireTools(EntityManager em, MigrationRequest.Valid r) {
        Tools.find(em, r.toTool());
        for (String t : r.fromTools()) {
            Tools.find(em, t);
        }
    }

    static MigrationEntity find(EntityManager em, long id) {
        MigrationEntity m = em.find(MigrationEntity.class, id);
        if (m == null) {
            throw ProblemException.notFound("migration", id);
        }
        return m;
    }

    private static List<String> overdue(MigrationEntity m, LocalDate today) {
        if (!OPEN.contains(m.getState())) {
            return List.of();
        }
        return m.getCutovers().stream().filter(c -> c.getDay().isBefore(today)).map(MigrationEntity.Cutover::getRegion).toList();
    }

    private static MigrationView view(EntityManager em, MigrationEntity m, LocalDate today, TargetPopulations.Resolver resolve) {
        int end = (int) today.toEpochDay();
        Map<String, Long> onNew = active(em, List.of(m.getToTool()), end);
        Map<String, Long> onOld = active(em, m.getFromTools(), end);
        List<String> overdue = overdue(m, today);
        List<MigrationView.Region> regions = new ArrayList<>();
        for (MigrationEntity.Cutover c : m.getCutovers()) {
            Long target = resolve.of(em.find(PopulationEntity.class, new PopulationEntity.Key(m.getToTool(), c.getRegion()))).people();
            long n = onNew.getOrDefault(c.getRegion(), 0L);
            long o = onOld.getOrDefault(c.getRegion(), 0L);
            long denominator = target != null ? target : n + o;
            regions.add(new MigrationView.Region(c.getRegion(), c.getDay(), overdue.contains(c.getRegion()), n, o,
                    target, denominator == 0 ? null : (double) n / denominator));
        }
        List<MigrationRequest.CutoverRequest> cutovers = m.getCutovers().stream()
                .map(c -> new MigrationRequest.CutoverRequest(c.getRegion(), c.getDay().toString())).toList();
        return new MigrationView(m.getId(), m.getName(), List.copyOf(m.getFromTools()), m.getToTool(), cutovers, m.getState(),
                regions, overdue);
    }

    /**
     * Distinct users active on any of the tools in the 28 days up to {@code end}, per region, counted by the database
     * over the tools' key ranges of the rollup (one range per tool, joined with UNION ALL).
     */
    private static Map<String, Long> active(EntityManager em, List<String> tools, int end) {
        Map<String, Long> out = new HashMap<>();
        List<Integer> numbers = new ArrayList<>();
        for (String key : new LinkedHashSet<>(tools)) {
            Integer n = UsageService.toolNumber(em, key);
            if (n != null) {
                numbers.add(n);
            }
        }
        if (numbers.isEmpty()) {
            return out;
        }
        String ranges = String.join(" UNION ALL ", java.util.Collections.nCopies(numbers.size(),
                "SELECT REGION_CODE, USER_NO FROM TOOLING_DAILY_USE WHERE USE_ID BETWEEN ? AND ? AND ACTIONS > 0"));
        javax.persistence.Query q = em.createNativeQuery("SELECT REGION_CODE, COUNT(DISTINCT USER_NO) FROM (" + ranges
                + ") U GROUP BY REGION_CODE");
        int p = 1;
        for (int n : numbers) {
            q.setParameter(p++, UsageKeys.first(n, end - WINDOW_DAYS + 1)).setParameter(p++, UsageKeys.last(n, end));
        }
        for (Object o : q.getResultList()) {
            Object[] row = (Object[]) o;
            out.put((String) row[0], ((Number) row[1]).longValue());
        }
        return out;
    }
}
