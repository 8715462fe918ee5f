package org.policyops.training.internal.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.criteria.Predicate;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.core.persistence.PagedQuery;
import org.policyops.core.persistence.PersistenceSupport;
import org.policyops.core.rest.ETags;
import org.policyops.core.rest.Page;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Validator;
import org.policyops.training.internal.dto.CourseRequest;
import org.policyops.training.internal.dto.CourseView;
import org.policyops.training.internal.dto.CurriculumRequest;
import org.policyops.training.internal.dto.CurriculumView;
import org.policyops.training.internal.dto.Fields;
import org.policyops.training.internal.dto.PathRequest;
import org.policyops.training.internal.dto.PathView;
import org.policyops.core.rest.Tagged;
import org.policyops.training.internal.entity.CourseEntity;
import org.policyops.training.internal.entity.CurriculumEntity;
import org.policyops.training.internal.entity.PathEntity;

/**
 * Learning paths: who (role, region) must complete which curriculum, and within how many days. One transaction per
 * request; the curriculum named must exist.
 */
@Component(service = PathService.class)
public class PathService {

    public static final Map<String, String> SORTABLE = PagedQuery.sameNames("name", "role", "region");

    private final JpaTemplate jpa;

    @Activate
    public PathService(@Reference(target = TrainingUnit.TARGET) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    public Page<PathView> list(String role, String region, PageRequest page) {
        return jpa.txExpr(TransactionType.Required, em -> PagedQuery.find(em, PathEntity.class, page, (cb, root) -> {
            List<Predicate> p = new ArrayList<>();
            if (role != null && !role.isBlank()) {
                p.add(cb.equal(root.get("role"), role.trim()));
            }
            if (region != null && !region.isBlank()) {
                p.add(cb.equal(root.get("region"), region.trim()));
            }
            return p;
        }).map(PathView::of));
    }

    public Tagged<PathView> get(long id) {
        return jpa.txExpr(TransactionType.Required, em -> tagged(findPath(em, id)));
    }

    public Tagged<PathView> create(PathRequest r) {
        Validator v = new Validator();
        PathRequest.Content c = r.validate(v);
        v.throwIfInvalid();
        return jpa.txExpr(TransactionType.Required, em -> {
            requireCurriculum(em, c.curriculum());
            PathEntity p = new PathEntity();
            p.apply(c.name(), c.role(), c.region(), c.curriculum(), c.dueDays());
            em.persist(p);
            em.flush();
            return tagged(p);
        });
    }

    public Tagged<PathView> update(long id, String ifMatch, PathRequest r) {
        Validator v = new Validator();
        PathRequest.Content c = r.validate(v);
        v.throwIfInvalid();
        return jpa.txExpr(TransactionType.Required, em -> {
            PathEntity p = findPath(em, id);
            ETags.checkIfMatch(ifMatch, p.getVersion());
            requireCurriculum(em, c.curriculum());
            p.apply(c.name(), c.role(), c.region(), c.curriculum(), c.dueDays());
            PersistenceSupport.flush(em, ifMatch);
            return tagged(p);
        });
    }

    public void delete(long id, String ifMatch) {
        jpa.txExpr(TransactionType.Required, em -> {
            PathEntity p = findPath(em, id);
            ETags.checkIfMatch(ifMatch, p.getVersion());
            em.remove(p);
            PersistenceSupport.flush(em, ifMatch);
            return null;
        });
    }

    private static void requireCurriculum(EntityManager em, String code) {
        if (CurriculumService.findCurriculumOrNull(em, code) == null) {
            throw ProblemException.badRequest("curriculum", "no curriculum '" + code + "' exists");
        }
    }

    private static PathEntity findPath(EntityManager em, long id) {
        PathEntity p = em.find(PathEntity.class, id);
        if (p == null) {
            throw ProblemException.notFound("learning path", id);
        }
        return p;
    }

    private static Tagged<PathView> tagged(PathEntity p) {
        return new Tagged<>(PathView.of(p), p.getVersion());
    }
}
