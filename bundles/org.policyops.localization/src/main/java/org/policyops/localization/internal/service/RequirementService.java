package org.policyops.localization.internal.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.RegionCode;
import org.policyops.api.localization.RequirementCatalog;
import org.policyops.api.localization.RequirementInfo;
import org.policyops.core.persistence.PagedQuery;
import org.policyops.core.persistence.PersistenceSupport;
import org.policyops.core.rest.ETags;
import org.policyops.core.rest.Page;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.localization.internal.dto.RequirementRequest;
import org.policyops.localization.internal.dto.RequirementView;
import org.policyops.core.rest.Tagged;
import org.policyops.localization.internal.entity.RequirementEntity;

/**
 * The catalog of regional compliance requirements: REST use cases, and the {@link RequirementCatalog} service that
 * compliance rules and readiness read.
 */
@Component(service = { RequirementService.class, RequirementCatalog.class })
public class RequirementService implements RequirementCatalog {

    public static final Map<String, String> SORTABLE = PagedQuery.sameNames("id", "region", "regulation", "title");
    public static final String DEFAULT_SORT = "id";

    private final JpaTemplate jpa;

    @Activate
    public RequirementService(@Reference(target = LocalizationUnit.TARGET) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public Optional<RequirementInfo> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Required,
                em -> Optional.ofNullable(em.find(RequirementEntity.class, id)).map(RequirementEntity::toInfo));
    }

    @Override
    public List<RequirementInfo> forRegion(RegionCode region) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select r from RequirementEntity r where r.region = :region order by r.id", RequirementEntity.class)
                .setParameter("region", region.value()).getResultList().stream().map(RequirementEntity::toInfo).toList());
    }

    /** @param r a normalised region code, or null for all */
    public Page<RequirementView> list(String r, PageRequest page) {
        return jpa.txExpr(TransactionType.Required, em -> PagedQuery.find(em, RequirementEntity.class, page,
                (cb, root) -> r == null ? List.of() : List.of(cb.equal(root.get("region"), r))).map(e -> RequirementView.of(e.toInfo())));
    }

    public Tagged<RequirementView> get(String id) {
        return jpa.txExpr(TransactionType.Required, em -> tagged(findEntity(em, id)));
    }

    public Tagged<RequirementView> create(RequirementRequest request) {
        RequirementInfo info = request.validate(null);
        return jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(RequirementEntity.class, info.id()) != null) {
                throw ProblemException.conflict("Requirement " + info.id() + " exists already.");
            }
            RequirementEntity e = new RequirementEntity(info.id());
            e.apply(info);
            em.persist(e);
            em.flush();
            return tagged(e);
        });
    }

    public Tagged<RequirementView> update(String id, String ifMatch, RequirementRequest request) {
        RequirementInfo info = request.validate(id);
        return jpa.txExpr(TransactionType.Required, em -> {
            RequirementEntity e = findEntity(em, id);
            ETags.checkIfMatch(ifMatch, e.getVersion());
            e.apply(info);
            PersistenceSupport.flush(em, ifMatch);
            return tagged(e);
        });
    }

    private static RequirementEntity findEntity(EntityManager em, String id) {
        RequirementEntity e = em.find(RequirementEntity.class, id);
        if (e == null) {
            throw ProblemException.notFound("requirement", id);
        }
        return e;
    }

    private static Tagged<RequirementView> tagged(RequirementEntity e) {
        return new Tagged<>(RequirementView.of(e.toInfo()), e.getVersion());
    }
}
