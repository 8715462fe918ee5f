package org.policyops.planning.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.LifecycleStage;
import org.policyops.api.SemanticVersion;
import org.policyops.core.events.EventPoster;
import org.policyops.core.persistence.PagedQuery;
import org.policyops.core.persistence.PersistenceSupport;
import org.policyops.core.rest.ETags;
import org.policyops.core.rest.Page;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.planning.internal.domain.StageRules;
import org.policyops.planning.internal.dto.PolicyDetail;
import org.policyops.planning.internal.dto.PolicyRequest;
import org.policyops.planning.internal.dto.PolicySummary;
import org.policyops.core.rest.Tagged;
import org.policyops.planning.internal.dto.TransitionRequest;
import org.policyops.planning.internal.dto.TransitionView;
import org.policyops.planning.internal.dto.VersionDetail;
import org.policyops.planning.internal.dto.VersionPatchRequest;
import org.policyops.planning.internal.dto.VersionRequest;
import org.policyops.planning.internal.entity.PolicyEntity;
import org.policyops.planning.internal.entity.PolicyVersionEntity;
import org.policyops.planning.internal.entity.PolicyVersionEntity.StageChange;

/**
 * The policy catalog's use cases. Each public method is one request: it validates what needs no database first,
 * then does all its reads and writes in one transaction, so a refused request leaves nothing behind; events are
 * posted only after that transaction has committed.
 */
@Component(service = PolicyService.class)
public class PolicyService {

    /** Sort keys of the policy list, mapped to entity attributes. */
    public static final Map<String, String> SORTABLE = Map.of("key", "policyKey", "name", "name", "area", "area",
            "updatedAt", "updatedAt");
    public static final String DEFAULT_SORT = "key";

    /** The versions of a policy sort by number only. */
    public static final Map<String, String> VERSION_SORTABLE = Map.of("version", "version");
    public static final String VERSION_DEFAULT_SORT = "version";

    private final JpaTemplate jpa;
    private final EventPoster events;
    private final Clock clock;

    @Activate
    public PolicyService(@Reference(target = PlanningUnit.TARGET) JpaTemplate jpa, @Reference EventPoster events) {
        this(jpa, events, Clock.systemUTC());
    }

    PolicyService(JpaTemplate jpa, EventPoster events, Clock clock) {
        this.jpa = jpa;
        this.events = events;
        this.clock = clock;
    }

    public Page<PolicySummary> list(PolicyFilter filter, PageRequest page) {
        return jpa.txExpr(TransactionType.Required,
                em -> PagedQuery.find(em, PolicyEntity.class, page, filter::predicates).map(PolicySummary::of));
    }

    public Tagged<PolicyDetail> get(String key) {
        return jpa.txExpr(TransactionType.Required, em -> tagged(find(em, key)));
    }

    public Tagged<PolicyDetail> create(PolicyRequest request) {
        PolicyRequest.Content c = request.validateNew();
        return jpa.txExpr(TransactionType.Required, em -> {
            if (findOptional(em, c.key()) != null) {
                throw ProblemException.conflict("A policy with key '" + c.key() + "' already exists.").with("key", c.key());
            }
            PolicyEntity policy = new PolicyEntity(c.key(), c.name(), c.area(), c.owningTeam(), c.description(), now());
            em.persist(policy);
            em.flush();
            return tagged(policy);
        });
    }

    public Tagged<PolicyDetail> update(String key, String ifMatch, PolicyRequest request) {
        PolicyRequest.Content c = request.validateReplacing(key);
        return jpa.txExpr(TransactionType.Required, em -> {
            PolicyEntity policy = find(em, key);
            ETags.checkIfMatch(ifMatch, policy.getVersion());
            policy.describe(c.name(), c.area(), c.owningTeam(), c.description(), now());
            PersistenceSupport.flush(em, ifMatch);
            return tagged(policy);
        });
    }

    /**
     * Deletes a policy that never got anywhere: one whose versions are all still in development and that no
     * initiative names. Anything else is history that other records depend on, so it is refused with 409.
     */
    public void delete(String key, String ifMatch) {
        jpa.txExpr(TransactionType.Required, em -> {
            PolicyEntity policy = find(em, key);
            ETags.checkIfMatch(ifMatch, policy.getVersion());
            List<String> advanced = new ArrayList<>();
            for (PolicyVersionEntity v : policy.getVersions()) {
                if (v.getStage() != LifecycleStage.DEVELOPMENT) {
                    advanced.add(v.getSemver() + " (" + v.getStage() + ")");
                }
            }
            List<Long> initiatives = em.createQuery(
                    "select i.id from InitiativeEntity i where i.policyKey = :key order by i.id", Long.class)
                    .setParameter("key", key).getResultList();
            List<String> reasons = new ArrayList<>();
            if (!advanced.isEmpty()) {
                String which = advanced.size() == 1 ? "version " + advanced.get(0) + " has"
                        : "versions " + String.join(", ", advanced) + " have";
                reasons.add(which + " moved past DEVELOPMENT (retire instead)");
            }
            if (!initiatives.isEmpty()) {
                reasons.add(initiatives.size() + " initiative(s) name it (ids " + initiatives + "; change or delete them first)");
            }
            if (!reasons.isEmpty()) {
                throw ProblemException.conflict("Policy '" + key + "' cannot be deleted: " + String.join("; ", reasons) + ".")
                        .with("advancedVersions", advanced).with("initiativeIds", initiatives);
            }
            em.remove(policy);
            PersistenceSupport.flush(em, ifMatch);
            return null;
        });
    }

    /**
     * A page of a policy's versions, by number. A policy has few versions and they are loaded with it, so the page
     * is cut from that list; ordering by number takes three columns, which a single sort attribute cannot express.
     */
    public Page<VersionDetail> listVersions(String key, PageRequest page) {
        boolean ascending = page.orders().isEmpty() || page.orders().get(0).ascending();
        return jpa.txExpr(TransactionType.Required, em -> {
            List<PolicyVersionEntity> all = new ArrayList<>(find(em, key).getVersions());
            if (!ascending) {
                Collections.reverse(all);
            }
            int from = Math.min(page.offset(), all.size());
            int to = Math.min(from + page.limit(), all.size());
            List<VersionDetail> items = all.subList(from, to).stream().map(VersionDetail::of).toList();
            return new Page<>(items, all.size(), page.limit(), page.offset());
        });
    }

    public Tagged<VersionDetail> getVersion(String key, String version) {
        return jpa.txExpr(TransactionType.Required, em -> tagged(findVersion(em, key, version)));
    }

    public List<TransitionView> transitions(String key, String version) {
        return jpa.txExpr(TransactionType.Required,
                em -> findVersion(em, key, version).getTransitions().stream().map(TransitionView::of).toList());
    }

    /** Adds a version in development (status DRAFT) and posts {@code POLICY_VERSION_CREATED} once committed. */
    public Tagged<VersionDetail> createVersion(String key, VersionRequest request, String user) {
        VersionRequest.Content c = request.validate();
        Tagged<VersionDetail> created = jpa.txExpr(TransactionType.Required, em -> {
            PolicyEntity policy = find(em, key);
            if (policy.findVersion(c.version()).isPresent()) {
                throw ProblemException.conflict("Version " + c.version() + " of " + key + " already exists.")
                        .with("version", c.version().toString());
            }
            Instant now = now();
            Instant startedAt = StageRules.effectiveTime("startedAt", c.startedAt(), null, now);
            PolicyVersionEntity v = policy.addVersion(c.version(), c.summary(), startedAt, user, now);
            em.flush();
            return tagged(v);
        });
        VersionDetail v = created.body();
        events.post(PlanningNotices.versionCreated(key, v.version(), user, v.transitions().get(0).enteredAt()));
        return created;
    }

    /** Changes a version's summary and/or status. */
    public Tagged<VersionDetail> patchVersion(String key, String version, String ifMatch, VersionPatchRequest request) {
        VersionPatchRequest.Content c = request.validate();
        return jpa.txExpr(TransactionType.Required, em -> {
            PolicyVersionEntity v = findVersion(em, key, version);
            ETags.checkIfMatch(ifMatch, v.getVersion());
            Instant now = now();
            if (c.summary() != null) {
                v.changeSummary(c.summary(), now);
            }
            if (c.status() != null) {
                v.changeStatus(c.status(), now);
            }
            PersistenceSupport.flush(em, ifMatch);
            return tagged(v);
        });
    }

    /**
     * Moves a version to its next lifecycle stage and posts {@code POLICY_VERSION_STAGE_CHANGED} once committed.
     */
    public Tagged<VersionDetail> transition(String key, String version, String ifMatch, TransitionRequest request, String user) {
        TransitionRequest.Content c = request.validate();
        record Moved(Tagged<VersionDetail> result, StageChange change) {
        }
        Moved moved = jpa.txExpr(TransactionType.Required, em -> {
            PolicyVersionEntity v = findVersion(em, key, version);
            ETags.checkIfMatch(ifMatch, v.getVersion());
            StageChange change = v.enterStage(c.stage(), "at", c.at(), user, c.note(), now());
            PersistenceSupport.flush(em, ifMatch);
            return new Moved(tagged(v), change);
        });
        StageChange ch = moved.change();
        events.post(PlanningNotices.stageChanged(key, moved.result().body().version(), ch.previousStage(), ch.stage(),
                ch.movedBy(), ch.enteredAt(), ch.majorChange()));
        return moved.result();
    }

    static PolicyEntity find(EntityManager em, String key) {
        PolicyEntity policy = findOptional(em, key);
        if (policy == null) {
            throw ProblemException.notFound("policy", key);
        }
        return policy;
    }

    /** The policy with this key, or null. */
    public static PolicyEntity findOptional(EntityManager em, String key) {
        List<PolicyEntity> found = em.createQuery("select p from PolicyEntity p where p.policyKey = :key", PolicyEntity.class)
                .setParameter("key", key).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private static PolicyVersionEntity findVersion(EntityManager em, String key, String version) {
        PolicyEntity policy = find(em, key);
        SemanticVersion number;
        try {
            number = SemanticVersion.parse(version);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("version of policy " + key, version);
        }
        return policy.findVersion(number).orElseThrow(() -> ProblemException.notFound("version of policy " + key, number));
    }

    private static Tagged<PolicyDetail> tagged(PolicyEntity p) {
        return new Tagged<>(PolicyDetail.of(p), p.getVersion());
    }

    private static Tagged<VersionDetail> tagged(PolicyVersionEntity v) {
        return new Tagged<>(VersionDetail.of(v), v.getVersion());
    }

    private Instant now() {
        return PersistenceSupport.now(clock);
    }
}
