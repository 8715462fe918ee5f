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
import org.policyops.training.internal.dto.Tagged;
import org.policyops.training.internal.entity.CourseEntity;
import org.policyops.training.internal.entity.CurriculumEntity;
import org.policyops.training.internal.entity.PathEntity;

/**
 * Courses, curricula and learning paths: what there is to learn and who must learn it. One transaction per request.
 * Codes are unique and never change; a course that a curriculum, a certification or a session names cannot be
 * deleted (409), nor a curriculum that a path names.
 */
@Component(service = CatalogService.class)
public class CatalogService {

    public static final Map<String, String> COURSE_SORTABLE = PagedQuery.sameNames("code", "title", "modality", "updatedAt");
    public static final Map<String, String> CURRICULUM_SORTABLE = PagedQuery.sameNames("code", "title");
    public static final Map<String, String> PATH_SORTABLE = PagedQuery.sameNames("name", "role", "region");

    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public CatalogService(@Reference(target = TrainingUnit.TARGET) JpaTemplate jpa) {
        this(jpa, Clock.systemUTC());
    }

    public CatalogService(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    // --- courses

    public Page<CourseView> courses(String policyKey, String modality, PageRequest page) {
        return jpa.txExpr(TransactionType.Required, em -> PagedQuery.find(em, CourseEntity.class, page, (cb, root) -> {
            List<Predicate> p = new ArrayList<>();
            if (policyKey != null && !policyKey.isBlank()) {
                // At most one row per course and policy, so the join does not repeat courses.
                p.add(cb.equal(root.join("policies").get("policyKey"), policyKey.trim()));
            }
            if (modality != null && !modality.isBlank()) {
                p.add(cb.equal(root.get("modality"), modality.trim().toUpperCase(java.util.Locale.ROOT)));
            }
            return p;
        }).map(CourseView::of));
    }

    public Tagged<CourseView> course(String code) {
        return jpa.txExpr(TransactionType.Required, em -> tagged(findCourse(em, code)));
    }

    public Tagged<CourseView> createCourse(CourseRequest r) {
        Validator v = new Validator();
        String code = Fields.code(v, "code", r.code());
        CourseEntity.Content c = r.validate(v);
        return jpa.txExpr(TransactionType.Required, em -> {
            if (findCourseOrNull(em, code) != null) {
                throw ProblemException.conflict("A course with code '" + code + "' exists already.");
            }
            requireTaughtCourse(em, c);
            CourseEntity course = new CourseEntity(code);
            course.apply(c, TrainingUnit.now(clock));
            em.persist(course);
            em.flush();
            return tagged(course);
        });
    }

    public Tagged<CourseView> updateCourse(String code, String ifMatch, CourseRequest r) {
        Validator v = new Validator();
        if (r.code() != null && !r.code().trim().equals(code)) {
            v.reject("code", "cannot change: it must be '" + code + "' or left out (was '" + r.code() + "')");
        }
        CourseEntity.Content c = r.validate(v);
        return jpa.txExpr(TransactionType.Required, em -> {
            CourseEntity course = findCourse(em, code);
            ETags.checkIfMatch(ifMatch, course.getVersion());
            requireTaughtCourse(em, c);
            course.apply(c, TrainingUnit.now(clock));
            TrainingUnit.flush(em, ifMatch);
            return tagged(course);
        });
    }

    public void deleteCourse(String code, String ifMatch) {
        jpa.txExpr(TransactionType.Required, em -> {
            CourseEntity course = findCourse(em, code);
            ETags.checkIfMatch(ifMatch, course.getVersion());
            long certs = em.createQuery("select count(c) from CertificationEntity c where c.courseCode = :code", Long.class)
                    .setParameter("code", code).getSingleResult();
            long results = em.createQuery("select count(r) from ResultEntity r where r.courseCode = :code", Long.class)
                    .setParameter("code", code).getSingleResult();
            long curricula = em.createQuery("select count(c) from CurriculumEntity c join c.courseCodes cc where cc = :code", Long.class)
                    .setParameter("code", code).getSingleResult();
            long sessions = em.createQuery("select count(s) from SessionEntity s where s.courseCode = :code", Long.class)
                    .setParameter("code", code).getSingleResult();
            if (certs + results + curricula + sessions > 0) {
                throw ProblemException.conflict("Course " + code + " is in use (" + results + " results, " + certs
                        + " certifications, " + curricula + " curricula, " + sessions + " sessions); it cannot be deleted.");
            }
            em.remove(course);
            TrainingUnit.flush(em, ifMatch);
            return null;
        });
    }

    /** A train-the-trainer course must name an existing course that is not itself train-the-trainer. */
    private static void requireTaughtCourse(EntityManager em, CourseEntity.Content c) {
        if (c.forCourse() == null) {
            return;
        }
        CourseEntity taught = findCourseOrNull(em, c.forCourse());
        if (taught == null) {
            throw ProblemException.badRequest("forCourse", "no course '" + c.forCourse() + "' exists");
        }
        if (taught.isTrainTheTrainer()) {
            throw ProblemException.badRequest("forCourse", "'" + c.forCourse() + "' is a train-the-trainer course itself");
        }
    }

    static CourseEntity findCourseOrNull(EntityManager em, String code) {
        List<CourseEntity> found = em.createQuery("select c from CourseEntity c where c.code = :code", CourseEntity.class)
                .setParameter("code", code).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    static CourseEntity findCourse(EntityManager em, String code) {
        CourseEntity c = findCourseOrNull(em, code);
        if (c == null) {
            throw ProblemException.notFound("course", code);
        }
        return c;
    }

    private static Tagged<CourseView> tagged(CourseEntity c) {
        return new Tagged<>(CourseView.of(c), c.getVersion());
    }

    // --- curricula

    public Page<CurriculumView> curricula(PageRequest page) {
        return jpa.txExpr(TransactionType.Required,
                em -> PagedQuery.find(em, CurriculumEntity.class, page, (cb, root) -> List.of()).map(CurriculumView::of));
    }

    public Tagged<CurriculumView> curriculum(String code) {
        return jpa.txExpr(TransactionType.Required, em -> tagged(findCurriculum(em, code)));
    }

    public Tagged<CurriculumView> createCurriculum(CurriculumRequest r) {
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

    public Tagged<CurriculumView> updateCurriculum(String code, String ifMatch, CurriculumRequest r) {
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
            TrainingUnit.flush(em, ifMatch);
            return tagged(c);
        });
    }

    public void deleteCurriculum(String code, String ifMatch) {
        jpa.txExpr(TransactionType.Required, em -> {
            CurriculumEntity c = findCurriculum(em, code);
            ETags.checkIfMatch(ifMatch, c.getVersion());
            long paths = em.createQuery("select count(p) from PathEntity p where p.curriculumCode = :code", Long.class)
                    .setParameter("code", code).getSingleResult();
            if (paths > 0) {
                throw ProblemException.conflict("Curriculum " + code + " is required by " + paths + " learning paths.");
            }
            em.remove(c);
            TrainingUnit.flush(em, ifMatch);
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

    // --- learning paths

    public Page<PathView> paths(String role, String region, PageRequest page) {
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

    public Tagged<PathView> path(long id) {
        return jpa.txExpr(TransactionType.Required, em -> tagged(findPath(em, id)));
    }

    public Tagged<PathView> createPath(PathRequest r) {
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

    public Tagged<PathView> updatePath(long id, String ifMatch, PathRequest r) {
        Validator v = new Validator();
        PathRequest.Content c = r.validate(v);
        v.throwIfInvalid();
        return jpa.txExpr(TransactionType.Required, em -> {
            PathEntity p = findPath(em, id);
            ETags.checkIfMatch(ifMatch, p.getVersion());
            requireCurriculum(em, c.curriculum());
            p.apply(c.name(), c.role(), c.region(), c.curriculum(), c.dueDays());
            TrainingUnit.flush(em, ifMatch);
            return tagged(p);
        });
    }

    public void deletePath(long id, String ifMatch) {
        jpa.txExpr(TransactionType.Required, em -> {
            PathEntity p = findPath(em, id);
            ETags.checkIfMatch(ifMatch, p.getVersion());
            em.remove(p);
            TrainingUnit.flush(em, ifMatch);
            return null;
        });
    }

    private static void requireCurriculum(EntityManager em, String code) {
        if (findCurriculumOrNull(em, code) == null) {
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
