package org.policyops.launches.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.ws.rs.core.SecurityContext;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.LifecycleStage;
import org.policyops.api.RegionCode;
import org.policyops.api.SemanticVersion;
import org.policyops.api.compliance.EvidenceView;
import org.policyops.api.compliance.LaunchRegionView;
import org.policyops.api.compliance.LaunchView;
import org.policyops.api.launches.LaunchSummary;
import org.policyops.api.planning.PolicyCatalog;
import org.policyops.api.planning.PolicyVersionInfo;
import org.policyops.core.events.EventPoster;
import org.policyops.core.persistence.PagedQuery;
import org.policyops.core.persistence.PersistenceSupport;
import org.policyops.core.rest.Access;
import org.policyops.core.rest.ETags;
import org.policyops.core.rest.FieldError;
import org.policyops.core.rest.Page;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Roles;
import org.policyops.launches.internal.domain.LaunchStatus;
import org.policyops.launches.internal.domain.RegionStatus;
import org.policyops.launches.internal.dto.ActionRequest;
import org.policyops.launches.internal.dto.LaunchDetail;
import org.policyops.launches.internal.dto.LaunchRequest;
import org.policyops.launches.internal.dto.OverrideView;
import org.policyops.core.rest.Tagged;
import org.policyops.launches.internal.entity.EvidenceEntity;
import org.policyops.launches.internal.entity.LaunchEntity;
import org.policyops.launches.internal.entity.LaunchRegionEntity;
import org.policyops.launches.internal.entity.OverriddenRule;
import org.policyops.launches.internal.entity.OverrideEntity;
import org.policyops.launches.internal.entity.ReadinessStateEntity;

/**
 * The launches' use cases. Each public method is one request: it validates what needs no database first, then does
 * its reads and writes in one transaction, so a refused request leaves nothing behind; events are posted only after
 * that transaction has committed. Regional leads write only launches (and regions) of their own regions.
 */
@Component(service = LaunchService.class)
public class LaunchService {

    public static final Map<String, String> SORTABLE = PagedQuery.sameNames("id", "title", "policyKey", "status",
            "createdAt", "updatedAt");
    public static final String DEFAULT_SORT = "id";

    private final JpaTemplate jpa;
    private final EventPoster events;
    private final OptionalServices services;
    private final Clock clock;

    @Activate
    public LaunchService(@Reference(target = LaunchesUnit.TARGET) JpaTemplate jpa, @Reference EventPoster events,
            @Reference OptionalServices services) {
        this(jpa, events, services, Clock.systemUTC());
    }

    public LaunchService(JpaTemplate jpa, EventPoster events, OptionalServices services, Clock clock) {
        this.jpa = jpa;
        this.events = events;
        this.services = services;
        this.clock = clock;
    }

    public Page<LaunchDetail> list(LaunchFilter filter, PageRequest page) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Page<LaunchEntity> found = PagedQuery.find(em, LaunchEntity.class, page, filter::predicates);
            Map<Long, Map<String, ReadinessStateEntity>> readiness = readiness(em,
                    found.items().stream().map(LaunchEntity::getId).toList());
            return found.map(l -> LaunchDetail.of(l, readiness.getOrDefault(l.getId(), Map.of()), null));
        });
    }

    public Tagged<LaunchDetail> get(long id) {
        return jpa.txExpr(TransactionType.Required, em -> tagged(em, find(em, id)));
    }

    public Tagged<LaunchDetail> create(LaunchRequest request, SecurityContext caller) {
        Access.requireRegions(caller, Roles.PLANNER, request.regionCodes());
        LaunchEntity.Content c = request.validate(now());
        checkCatalog(c.policyKey(), c.policyVersion());
        String user = Access.userName(caller);
        Instant now = now();
        Tagged<LaunchDetail> created = jpa.txExpr(TransactionType.Required, em -> {
            LaunchEntity launch = new LaunchEntity(c, user, now);
            em.persist(launch);
            em.flush();
            return tagged(em, launch);
        });
        LaunchDetail d = created.body();
        events.post(LaunchNotices.created(d.id(), d.title(), d.policyKey(), d.policyVersion(),
                d.regions().stream().map(r -> r.region()).toList(), user, now));
        return created;
    }

    public Tagged<LaunchDetail> update(long id, String ifMatch, LaunchRequest request, SecurityContext caller) {
        Access.requireRegions(caller, Roles.PLANNER, request.regionCodes());
        LaunchEntity.Content c = request.validate(now());
        checkCatalog(c.policyKey(), c.policyVersion());
        String user = Access.userName(caller);
        return jpa.txExpr(TransactionType.Required, em -> {
            LaunchEntity launch = find(em, id);
            ETags.checkIfMatch(ifMatch, launch.getVersion());
            Access.requireRegions(caller, Roles.PLANNER, launch.regionCodes());
            launch.apply(c, user, now());
            PersistenceSupport.flush(em, ifMatch);
            return tagged(em, launch);
        });
    }

    /** Cancels every region not yet enforcing; posts LAUNCH_CANCELLED. */
    public Tagged<LaunchDetail> cancel(long id, String ifMatch, SecurityContext caller) {
        String user = Access.userName(caller);
        Instant now = now();
        Tagged<LaunchDetail> result = jpa.txExpr(TransactionType.Required, em -> {
            LaunchEntity launch = find(em, id);
            ETags.checkIfMatch(ifMatch, launch.getVersion());
            Access.requireRegions(caller, Roles.PLANNER, launch.regionCodes());
            launch.cancelAll(user, now);
            PersistenceSupport.flush(em, ifMatch);
            return tagged(em, launch);
        });
        events.post(LaunchNotices.cancelled(id, result.body().policyKey(), result.body().policyVersion(), null, user, now));
        return result;
    }

    /** Cancels one planned or approved region; posts LAUNCH_CANCELLED with the region. */
    public Tagged<LaunchDetail> cancelRegion(long id, String regionText, String ifMatch, SecurityContext caller) {
        RegionCode region = region(id, regionText);
        Access.requireRegions(caller, Roles.PLANNER, List.of(region.value()));
        String user = Access.userName(caller);
        Instant now = now();
        Tagged<LaunchDetail> result = jpa.txExpr(TransactionType.Required, em -> {
            LaunchEntity launch = find(em, id);
            ETags.checkIfMatch(ifMatch, launch.getVersion());
            launch.cancel(launch.requireRegion(region), user, now);
            PersistenceSupport.flush(em, ifMatch);
            return tagged(em, launch);
        });
        events.post(LaunchNotices.cancelled(id, result.body().policyKey(), result.body().policyVersion(), region.value(), user, now));
        return result;
    }

    /**
     * Marks enforcement started in an approved region ({@code at}, default now) and captures, for regional
     * time-to-deploy, when the version entered development and was approved: from the policy catalog when planning
     * knows the version, otherwise from the launch's own {@code developmentStartedAt} and {@code versionApprovedAt}.
     */
    public Tagged<LaunchDetail> startEnforcement(long id, String regionText, String ifMatch, ActionRequest body,
            SecurityContext caller) {
        RegionCode region = region(id, regionText);
        Access.requireRegions(caller, Roles.PLANNER, List.of(region.value()));
        Instant now = now();
        ActionRequest.Content c = (body == null ? ActionRequest.NONE : body).validate(now);
        String user = Access.userName(caller);
        record Version(String key, String version) {
        }
        Version v = jpa.txExpr(TransactionType.Required, em -> {
            LaunchEntity l = find(em, id);
            return new Version(l.getPolicyKey(), l.getPolicyVersion());
        });
        VersionDates dates = versionDates(v.key(), v.version());
        Instant at = c.at() == null ? now : c.at();
        Tagged<LaunchDetail> result = jpa.txExpr(TransactionType.Required, em -> {
            LaunchEntity launch = find(em, id);
            ETags.checkIfMatch(ifMatch, launch.getVersion());
            LaunchRegionEntity r = launch.requireRegion(region);
            if (r.getApprovedAt() != null && at.isBefore(r.getApprovedAt())) {
                throw ProblemException.badRequest("at", "must not be before the region's approval (" + r.getApprovedAt()
                        + "), was " + at);
            }
            boolean sameVersion = launch.getPolicyKey().equals(v.key()) && launch.getPolicyVersion().equals(v.version());
            Instant dev = sameVersion && dates.developmentStartedAt() != null ? dates.developmentStartedAt()
                    : launch.getDevelopmentStartedAt();
            Instant approved = sameVersion && dates.approvedAt() != null ? dates.approvedAt() : launch.getVersionApprovedAt();
            launch.startEnforcement(r, user, at, now, dev, approved);
            PersistenceSupport.flush(em, ifMatch);
            return tagged(em, launch);
        });
        events.post(LaunchNotices.enforcementStarted(id, result.body().policyKey(), result.body().policyVersion(), region.value(), user, at));
        return result;
    }

    /** What the policy catalog knows of a version's dates; nulls when planning is absent or does not know it. */
    public record VersionDates(Instant developmentStartedAt, Instant approvedAt) {
    }

    VersionDates versionDates(String key, String version) {
        Optional<PolicyCatalog> catalog = services.policyCatalog();
        if (catalog.isEmpty()) {
            return new VersionDates(null, null);
        }
        try {
            SemanticVersion sv = SemanticVersion.parse(version);
            Optional<PolicyVersionInfo> info = catalog.get().versions(key).stream().filter(i -> i.version().equals(sv))
                    .findFirst();
            Instant dev = info.map(i -> i.stageEnteredAt().get(LifecycleStage.DEVELOPMENT)).orElse(null);
            Instant approved = catalog.get().approvedAt(key, sv).orElse(null);
            return new VersionDates(dev, approved);
        } catch (RuntimeException e) {
            // The catalog is optional; when it fails, the launch's own dates are used.
            return new VersionDates(null, null);
        }
    }

    /**
     * Approves a planned region, after the caller has evaluated its readiness: {@code overrideReason} non-null
     * records an administrator's override of a NO_GO with the rules that blocked. Posts LAUNCH_APPROVED.
     */
    public Tagged<LaunchDetail> approve(long id, RegionCode region, String ifMatch, String readiness, String overrideReason,
            List<OverriddenRule> blocking, SecurityContext caller) {
        return approve(id, region, ifMatch, readiness, overrideReason, blocking, caller, () -> {
        });
    }

    /**
     * As above; {@code guard} runs inside the transaction, before anything is written, and throws (a problem) when
     * what the approval was decided on no longer holds — the rules in force changed since readiness was evaluated.
     */
    public Tagged<LaunchDetail> approve(long id, RegionCode region, String ifMatch, String readiness, String overrideReason,
            List<OverriddenRule> blocking, SecurityContext caller, Runnable guard) {
        String user = Access.userName(caller);
        Instant now = now();
        Tagged<LaunchDetail> result = jpa.txExpr(TransactionType.Required, em -> {
            guard.run();
            LaunchEntity launch = find(em, id);
            ETags.checkIfMatch(ifMatch, launch.getVersion());
            LaunchRegionEntity r = launch.requireRegion(region);
            launch.approve(r, user, now, overrideReason != null);
            if (overrideReason != null) {
                em.persist(new OverrideEntity(id, region.value(), launch.getPolicyKey(), launch.getPolicyVersion(), user,
                        now, overrideReason, blocking));
            }
            PersistenceSupport.flush(em, ifMatch);
            return tagged(em, launch);
        });
        events.post(LaunchNotices.approved(id, result.body().policyKey(), result.body().policyVersion(), region.value(), readiness,
                overrideReason, user, now));
        return result;
    }

    /**
     * Checks, before any rule runs, that the region can be approved by this caller: the launch and region exist, the
     * region is PLANNED and the caller may write it.
     */
    public LaunchView requireApprovable(long id, String regionText, SecurityContext caller) {
        RegionCode region = region(id, regionText);
        Access.requireRegions(caller, Roles.PLANNER, List.of(region.value()));
        LaunchView view = view(id).orElseThrow(() -> ProblemException.notFound("launch", id));
        LaunchRegionView lr = view.region(region).orElseThrow(() -> new ProblemException(404, "Not found", "Launch " + id
                + " has no region " + region + "; its regions are " + view.regions().stream().map(r -> r.region().value())
                        .toList() + "."));
        if (!RegionStatus.PLANNED.name().equals(lr.status())) {
            throw ProblemException.conflict("Region " + region + " of launch " + id + " is " + lr.status()
                    + "; only a PLANNED region can be approved.").with("regionStatus", lr.status());
        }
        return view;
    }

    public List<OverrideView> overrides(long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            find(em, id);
            return overrides(em, id);
        });
    }

    /** The launch as rules see it, with the evidence recorded for its policy; empty when there is none. */
    public Optional<LaunchView> view(long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            LaunchEntity l = em.find(LaunchEntity.class, id);
            return l == null ? Optional.<LaunchView>empty() : Optional.of(view(em, l));
        });
    }

    /** Every launch of the policy that is not cancelled, as rules see them (without evidence). */
    public List<LaunchView> viewsOfPolicy(String policyKey) {
        return jpa.txExpr(TransactionType.Required, em -> em
                .createQuery("select l from LaunchEntity l where l.policyKey = :key and l.status <> :cancelled order by l.id",
                        LaunchEntity.class)
                .setParameter("key", policyKey).setParameter("cancelled", LaunchStatus.CANCELLED).getResultList()
                .stream().map(l -> view(l, List.of())).toList());
    }

    public List<LaunchSummary> summaries(int limit) {
        int max = Math.max(0, Math.min(limit, PageRequest.MAX_LIMIT));
        if (max == 0) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Required, em -> em
                .createQuery("select l from LaunchEntity l order by l.createdAt desc, l.id desc", LaunchEntity.class)
                .setMaxResults(max).getResultList().stream()
                .map(l -> new LaunchSummary(l.getId(), l.getTitle(), l.getPolicyKey(), l.getPolicyVersion(),
                        l.getStatus().name(), l.getRegions().stream().map(LaunchRegionEntity::getRegion).toList()))
                .toList());
    }

    static LaunchView view(EntityManager em, LaunchEntity l) {
        List<EvidenceView> evidence = em.createQuery(
                "select e from EvidenceEntity e where e.policyKey = :key order by e.recordedAt, e.id", EvidenceEntity.class)
                .setParameter("key", l.getPolicyKey()).getResultList().stream().map(LaunchService::evidence).toList();
        return view(l, evidence);
    }

    static LaunchView view(LaunchEntity l, List<EvidenceView> evidence) {
        List<LaunchRegionView> regions = l.getRegions().stream().map(r -> new LaunchRegionView(r.getRegion(),
                r.getTargetDate(), r.getStatus().name(), r.getApprovedAt(), r.getEnforcementStartedAt())).toList();
        return new LaunchView(l.getId(), l.getTitle(), l.getPolicyKey(), l.getPolicyVersion(), l.getStatus().name(),
                regions, evidence, l.getCreatedAt());
    }

    static EvidenceView evidence(EvidenceEntity e) {
        return new EvidenceView(e.getRequirementId(), new RegionCode(e.getRegion()), e.getPolicyKey(), e.getPolicyVersion(),
                e.getReference(), e.getSummary(), e.getRecordedBy(), e.getRecordedAt());
    }

    /**
     * With planning installed, the policy must be in its catalog and the version one of its versions (400 naming
     * the field); without it, only the key's and version's form are checked (by the request).
     */
    void checkCatalog(String key, SemanticVersion version) {
        Optional<PolicyCatalog> catalog = services.policyCatalog();
        if (catalog.isEmpty()) {
            return;
        }
        if (catalog.get().findPolicy(key).isEmpty()) {
            throw new ProblemException(400, "Invalid request", "policyKey: no policy '" + key + "' in the policy catalog",
                    List.of(new FieldError("policyKey", "no policy '" + key + "' in the policy catalog; create it under "
                            + "/api/planning/policies first")));
        }
        List<PolicyVersionInfo> versions = catalog.get().versions(key);
        if (versions.stream().noneMatch(v -> v.version().equals(version))) {
            String known = versions.isEmpty() ? "it has no versions yet"
                    : "its versions are " + versions.stream().map(v -> v.version().toString()).collect(Collectors.joining(", "));
            String message = key + " has no version " + version + "; " + known;
            throw new ProblemException(400, "Invalid request", "policyVersion: " + message,
                    List.of(new FieldError("policyVersion", message)));
        }
    }

    /** A region code from the address; one that does not parse names no region of the launch (404). */
    static RegionCode region(long id, String text) {
        try {
            return RegionCode.of(text);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(404, "Not found", "Launch " + id + " has no region '" + text + "'.");
        }
    }

    static LaunchEntity find(EntityManager em, long id) {
        LaunchEntity l = em.find(LaunchEntity.class, id);
        if (l == null) {
            throw ProblemException.notFound("launch", id);
        }
        return l;
    }

    private static Tagged<LaunchDetail> tagged(EntityManager em, LaunchEntity l) {
        Map<String, ReadinessStateEntity> readiness = readiness(em, List.of(l.getId())).getOrDefault(l.getId(), Map.of());
        return new Tagged<>(LaunchDetail.of(l, readiness, overrides(em, l.getId())), l.getVersion());
    }

    private static List<OverrideView> overrides(EntityManager em, long id) {
        return em.createQuery("select o from OverrideEntity o where o.launchId = :id order by o.overriddenAt, o.id",
                OverrideEntity.class).setParameter("id", id).getResultList().stream().map(OverrideView::of).toList();
    }

    /** The last readiness of every region of the launches, by launch id then region code: one query. */
    static Map<Long, Map<String, ReadinessStateEntity>> readiness(EntityManager em, Collection<Long> launchIds) {
        Map<Long, Map<String, ReadinessStateEntity>> byLaunch = new HashMap<>();
        if (launchIds.isEmpty()) {
            return byLaunch;
        }
        for (ReadinessStateEntity s : em.createQuery("select s from ReadinessStateEntity s where s.launchId in :ids",
                ReadinessStateEntity.class).setParameter("ids", new ArrayList<>(launchIds)).getResultList()) {
            byLaunch.computeIfAbsent(s.getLaunchId(), k -> new HashMap<>()).put(s.getRegion(), s);
        }
        return byLaunch;
    }

    private Instant now() {
        return PersistenceSupport.now(clock);
    }
}
