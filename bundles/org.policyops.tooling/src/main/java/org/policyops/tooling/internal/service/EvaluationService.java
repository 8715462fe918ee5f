package org.policyops.tooling.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
import org.policyops.api.PolicyRef;
import org.policyops.api.SemanticVersion;
import org.policyops.api.tooling.ToolKind;
import org.policyops.core.events.EventPoster;
import org.policyops.core.events.Notice;
import org.policyops.core.persistence.PagedQuery;
import org.policyops.core.persistence.PersistenceSupport;
import org.policyops.core.rest.Access;
import org.policyops.core.rest.ETags;
import org.policyops.core.rest.Page;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Roles;
import org.policyops.core.rest.Tagged;
import org.policyops.tooling.internal.domain.Agreement;
import org.policyops.tooling.internal.dto.EvaluationRequest;
import org.policyops.tooling.internal.dto.EvaluationView;
import org.policyops.tooling.internal.dto.Thresholds;
import org.policyops.tooling.internal.dto.ToolView;
import org.policyops.tooling.internal.entity.EvaluationEntity;
import org.policyops.tooling.internal.entity.ToolEntity;

/**
 * The evaluations of AI models: runs on a golden set per policy version and locale, judged against the model's
 * thresholds; and the policy versions a model must be evaluated on again because planning created them. A passing
 * run on a version clears that version (and older ones of the policy) from the model's re-evaluations.
 */
@Component(service = EvaluationService.class)
public class EvaluationService {

    public static final Map<String, String> SORTABLE = Map.of("ranAt", "ranAt", "policyVersion", "policyVersion",
            "locale", "locale", "kappa", "kappa");
    public static final String DEFAULT_SORT = "-ranAt";

    private final JpaTemplate jpa;
    private final EventPoster events;
    private final Clock clock;

    @Activate
    public EvaluationService(@Reference(target = ToolingUnit.TARGET) JpaTemplate jpa, @Reference EventPoster events) {
        this(jpa, events, Clock.systemUTC());
    }

    public EvaluationService(JpaTemplate jpa, EventPoster events, Clock clock) {
        this.jpa = jpa;
        this.events = events;
        this.clock = clock;
    }

    public Page<EvaluationView> list(String key, String policyKey, String policyVersion, String locale, PageRequest page) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Tools.find(em, key);
            return PagedQuery.find(em, EvaluationEntity.class, page, (cb, root) -> {
                List<Predicate> p = new ArrayList<>();
                p.add(cb.equal(root.get("toolKey"), key));
                if (policyKey != null) {
                    p.add(cb.equal(root.get("policyKey"), policyKey));
                }
                if (policyVersion != null) {
                    p.add(cb.equal(root.get("policyVersion"), policyVersion));
                }
                if (locale != null) {
                    p.add(cb.equal(root.get("locale"), locale));
                }
                return p;
            }).map(EvaluationView::of);
        });
    }

    /** Records a run; 409 for a tool that is not an AI model. */
    public EvaluationView record(String key, EvaluationRequest request, SecurityContext caller) {
        EvaluationRequest.Valid r = request.validate();
        String user = Access.userName(caller);
        Instant now = PersistenceSupport.now(clock);
        Instant ranAt = r.ranAt() == null ? now : r.ranAt();
        if (ranAt.isAfter(now)) {
            throw ProblemException.badRequest("ranAt", "cannot be in the future (was " + ranAt + ")");
        }
        EvaluationView view = jpa.txExpr(TransactionType.Required, em -> {
            ToolEntity t = aiModel(em, key);
            Access.requireRegions(caller, Roles.TOOLING, t.getRegions());
            Agreement a = r.agreement();
            boolean passed = a.meets(t.getMinPrecision(), t.getMinRecall(), t.getMinKappa());
            EvaluationEntity e = new EvaluationEntity(key, r.policyKey(), r.policyVersion(), r.locale(),
                    new long[] { a.truePositives(), a.falsePositives(), a.falseNegatives(), a.trueNegatives() },
                    new Double[] { a.precision(), a.recall(), a.kappa() },
                    new Double[] { t.getMinPrecision(), t.getMinRecall(), t.getMinKappa() }, passed,
                    r.ranBy() == null ? user : r.ranBy(), ranAt.toEpochMilli());
            em.persist(e);
            if (passed) {
                SemanticVersion evaluated = SemanticVersion.parse(r.policyVersion());
                t.evaluated(required -> covers(required, r.policyKey(), evaluated));
            }
            em.flush();
            return EvaluationView.of(e);
        });
        events.post(ToolingNotices.evaluated(key, r.policyKey(), r.policyVersion(), r.locale(), view.passed(), user, now));
        return view;
    }

    /** Sets an AI model's thresholds (If-Match as for the tool). */
    public Tagged<ToolView> thresholds(String key, String ifMatch, Thresholds request, SecurityContext caller) {
        Thresholds th = request.validate();
        return jpa.txExpr(TransactionType.Required, em -> {
            ToolEntity t = aiModel(em, key);
            Access.requireRegions(caller, Roles.TOOLING, t.getRegions());
            ETags.checkIfMatch(ifMatch, t.getVersion());
            t.thresholds(th.precision(), th.recall(), th.kappa());
            PersistenceSupport.flush(em, ifMatch);
            return new Tagged<>(ToolView.of(t), t.getVersion());
        });
    }

    /**
     * Planning created a version of a policy: every AI model serving the policy must be evaluated on it again.
     *
     * @return the keys of the models that now require it
     */
    public List<String> versionCreated(String policyKey, SemanticVersion version) {
        Instant now = PersistenceSupport.now(clock);
        String required = policyKey + "@" + version;
        List<Notice> notices = new ArrayList<>();
        List<String> keys = jpa.txExpr(TransactionType.Required, em -> {
            List<String> marked = new ArrayList<>();
            for (ToolEntity t : em.createQuery("select t from ToolEntity t join t.policies p where t.kind = :kind and p = :policy "
                    + "order by t.id", ToolEntity.class).setParameter("kind", ToolKind.AI_MODEL.name())
                    .setParameter("policy", policyKey).getResultList()) {
                if (t.requireReevaluation(required)) {
                    marked.add(t.getKey());
                    notices.add(ToolingNotices.reevaluationRequired(t.getKey(), policyKey, version.toString(), now));
                }
            }
            return marked;
        });
        events.postAll(notices);
        return keys;
    }

    /** Whether a passing run on {@code evaluated} of the policy clears the required {@code policy@version}. */
    static boolean covers(String required, String policyKey, SemanticVersion evaluated) {
        try {
            PolicyRef ref = PolicyRef.parse(required);
            return ref.key().equals(policyKey) && ref.version() != null && ref.version().compareTo(evaluated) <= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static ToolEntity aiModel(EntityManager em, String key) {
        ToolEntity t = Tools.find(em, key);
        if (!t.getKind().equals(ToolKind.AI_MODEL.name())) {
            throw ProblemException.conflict("Tool " + key + " is a " + t.getKind() + "; only AI models (kind AI_MODEL) are evaluated.");
        }
        return t;
    }
}
