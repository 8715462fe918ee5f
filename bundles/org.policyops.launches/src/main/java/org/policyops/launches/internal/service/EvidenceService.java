package org.policyops.launches.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.persistence.criteria.CriteriaBuilder;
import javax.persistence.criteria.Predicate;
import javax.persistence.criteria.Root;
import javax.ws.rs.core.SecurityContext;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.PolicyRef;
import org.policyops.api.RegionCode;
import org.policyops.core.persistence.PagedQuery;
import org.policyops.core.persistence.PersistenceSupport;
import org.policyops.core.rest.Access;
import org.policyops.core.rest.ETags;
import org.policyops.core.rest.Page;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Roles;
import org.policyops.core.rest.Validator;
import org.policyops.launches.internal.dto.EvidenceDetail;
import org.policyops.launches.internal.dto.EvidenceRequest;
import org.policyops.core.rest.Tagged;
import org.policyops.launches.internal.entity.EvidenceEntity;

/**
 * Compliance evidence recorded for policies in regions (risk assessments, legal reviews), which rules read through
 * {@code LaunchView.evidence()}. Recorded and deleted by planners, or by a regional lead for its regions; read by
 * anyone logged in. Evidence is never edited: a new assessment is a new record.
 */
@Component(service = EvidenceService.class)
public class EvidenceService {

    public static final Map<String, String> SORTABLE = PagedQuery.sameNames("id", "requirementId", "region", "policyKey",
            "recordedAt");
    public static final String DEFAULT_SORT = "id";

    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public EvidenceService(@Reference(target = LaunchesUnit.TARGET) JpaTemplate jpa) {
        this(jpa, Clock.systemUTC());
    }

    public EvidenceService(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** Filters: {@code policy}, {@code region}, {@code requirement} (one value each). */
    public record Filter(String policy, String region, String requirement) {

        public static Filter of(String policy, String region, String requirement) {
            Validator v = new Validator();
            String p = policy == null || policy.isBlank() ? null : v.parse("policy", policy.trim(), PolicyRef::requireValidKey);
            String r = region == null || region.isBlank() ? null : v.parse("region", region, s -> RegionCode.of(s).value());
            v.throwIfInvalid();
            return new Filter(p, r, requirement == null || requirement.isBlank() ? null
                    : requirement.trim().toUpperCase(Locale.ROOT));
        }

        List<Predicate> predicates(CriteriaBuilder cb, Root<EvidenceEntity> root) {
            List<Predicate> where = new ArrayList<>();
            if (policy != null) {
                where.add(cb.equal(root.get("policyKey"), policy));
            }
            if (region != null) {
                where.add(cb.equal(root.get("region"), region));
            }
            if (requirement != null) {
                where.add(cb.equal(root.get("requirementId"), requirement));
            }
            return where;
        }
    }

    public Page<EvidenceDetail> list(Filter filter, PageRequest page) {
        return jpa.txExpr(TransactionType.Required,
                em -> PagedQuery.find(em, EvidenceEntity.class, page, filter::predicates).map(EvidenceDetail::of));
    }

    public Tagged<EvidenceDetail> get(long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            EvidenceEntity e = em.find(EvidenceEntity.class, id);
            if (e == null) {
                throw ProblemException.notFound("evidence", id);
            }
            return new Tagged<>(EvidenceDetail.of(e), e.getVersion());
        });
    }

    public Tagged<EvidenceDetail> record(EvidenceRequest request, SecurityContext caller) {
        EvidenceEntity.Content c = request.validate();
        Access.requireRegions(caller, Roles.PLANNER, List.of(c.region()));
        String user = Access.userName(caller);
        Instant now = PersistenceSupport.now(clock);
        return jpa.txExpr(TransactionType.Required, em -> {
            EvidenceEntity e = new EvidenceEntity(c, user, now);
            em.persist(e);
            em.flush();
            return new Tagged<>(EvidenceDetail.of(e), e.getVersion());
        });
    }

    public void delete(long id, String ifMatch, SecurityContext caller) {
        jpa.txExpr(TransactionType.Required, em -> {
            EvidenceEntity e = em.find(EvidenceEntity.class, id);
            if (e == null) {
                throw ProblemException.notFound("evidence", id);
            }
            ETags.checkIfMatch(ifMatch, e.getVersion());
            Access.requireRegions(caller, Roles.PLANNER, List.of(e.getRegion()));
            em.remove(e);
            PersistenceSupport.flush(em, ifMatch);
            return null;
        });
    }
}
