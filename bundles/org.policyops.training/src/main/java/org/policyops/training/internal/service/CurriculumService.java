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
 * Curricula: ordered sets of courses that learning paths require. One transaction per request. Codes are unique and
 * never change; every course named must exist; a curriculum that a path names cannot be deleted (409).
 */
@Component(service = CurriculumService.class)
public class CurriculumService {

    public static final Map<String, String> SORTABLE = PagedQuery.sameNames("code", "title");

    private final JpaTemplate jpa;

    @Activate
    public CurriculumService(@Reference(target = TrainingUnit.TARGET) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    public Page<CurriculumView> list(PageRequest page) {
        return jpa.txExpr(TransactionType.Required,
                em -> PagedQuery.find(em, CurriculumEntity.class, page, (cb, root) -> List.of()).map(CurriculumView::of));
    }

    public Tagged<CurriculumView> get(String code) {
        return jpa.txExpr(TransactionType.Required, em -> tagged(findCurriculum(em, code)));
    }

    public Tagged<CurriculumView> create(CurriculumRequest r) {
        Validator v = new Validator();
        String code = Fields.code(v, "code", r.code());
        String title = v.requireText("title", r.title(), 200);
        List<String> courses = r.validateCourses(v);
        v.throwIfInvalid();
        return jpa.txExpr(TransactionType.Required, em -> {
            if (findCurriculumOrNull(em, code) != null) {
                throw ProblemException.conflict("A curriculum with code '" + code + "' exists already.");
            }
            requireCourses(em, courses);
            CurriculumEntity c = new CurriculumEntity(code);
            c.apply(title, courses);
            em.persist(c);
            em.flush();
            return tagged(c);
        });
    }

    public Tagged<CurriculumView> update(String code, String ifMatch, CurriculumRequest r) {
        Validator v = new Validator();
        if (r.code() != null && !r.code().trim().equals(code)) {
            v.reject("code", "cannot change: it must be '" + code + "' or left out (was '" + r.code() + "')");
        }
        String title = v.requireText("title", r.title(), 200);
        List<String> courses = r.validateCourses(v);
        v.throwIfInvalid();
        return jpa.txExpr(TransactionType.Required, em -> {
            CurriculumEntity c = findCurriculum(em, code);
            ETags.checkIfMatch(ifMatch, c.getVersion());
            requireCourses(em, courses);
            c.apply(title, courses);
            PersistenceSupport.flush(em, ifMatch);
            return tagged(c);
        });
    }

    public void delete(String code, String ifMatch) {
        jpa.txExpr(TransactionType.Required, em -> {
            CurriculumEntity c = findCurriculum(em, code);
            ETags.checkIfMatch(ifMatch, c.getVersion());
            long paths = em.createQuery("select count(p) from PathEntity p where p.curriculumCode = :code", Long.class)
                    .setParameter("code", code).getSingleResult();
            if (paths > 0) {
                throw ProblemException.conflict("Curriculum " + code + " is required by " + paths + " learning paths.");
            }
            em.remove(c);
            PersistenceSupport.flush(em, ifMatch);
            return null;
        });
    }

    /** Every code names a course; the first missing one is reported with its position. */
    private static void requireCourses(EntityManager em, List<String> codes) {
        Set<String> known = new HashSet<>(em.createQuery("select c.code from CourseEntity c where c.code in :codes", String.class)
                .setParameter("codes", codes).getResultList());
        Validator v = new Validator();
        for (int i = 0; i < codes.size(); i++) {
            if (!known.contains(codes.get(i))) {
                v.reject("courses[" + i + "]", "no course '" + codes.get(i) + "' exists");
            }
        }
        v.throwIfInvalid();
    }

    static CurriculumEntity findCurriculumOrNull(EntityManager em, String code) {
        List<CurriculumEntity> found = em.createQuery("select c from CurriculumEntity c where c.code = :code",
                CurriculumEntity.class).setParameter("code", code).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    static CurriculumEntity findCurriculum(EntityManager em, String code) {
        CurriculumEntity c = findCurriculumOrNull(em, code);
        if (c == null) {
            throw ProblemException.notFound("curriculum", code);
        }
        return c;
    }

    private static Tagged<CurriculumView> tagged(CurriculumEntity c) {
        return new Tagged<>(CurriculumView.of(c), c.getVersion());
    }
}
