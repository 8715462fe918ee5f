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
 * Courses: what there is to learn, for which policies, and train-the-trainer courses for the trainers who teach them.
 * One transaction per request. Codes are unique and never change; a course that a curriculum, a certification, a
 * result or a session names cannot be deleted (409).
 */
@Component(service = CourseService.class)
public class CourseService {

    public static final Map<String, String> SORTABLE = PagedQuery.sameNames("code", "title", "modality", "updatedAt");

    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public CourseService(@Reference(target = TrainingUnit.TARGET) JpaTemplate jpa) {
        this(jpa, Clock.systemUTC());
    }

    public CourseService(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    public Page<CourseView> list(String policyKey, String modality, PageRequest page) {
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

    public Tagged<CourseView> get(String code) {
        return jpa.txExpr(TransactionType.Required, em -> tagged(findCourse(em, code)));
    }

    public Tagged<CourseView> create(CourseRequest r) {
        Validator v = new Validator();
        String code = Fields.code(v, "code", r.code());
        CourseEntity.Content c = r.validate(v);
        return jpa.txExpr(TransactionType.Required, em -> {
            if (findCourseOrNull(em, code) != null) {
                throw ProblemException.conflict("A course with code '" + code + "' exists already.");
            }
            requireTaughtCourse(em, c);
            CourseEntity course = new CourseEntity(code);
            course.apply(c, clock.millis());
            em.persist(course);
            em.flush();
            return tagged(course);
        });
    }

    public Tagged<CourseView> update(String code, String ifMatch, CourseRequest r) {
        Validator v = new Validator();
        if (r.code() != null && !r.code().trim().equals(code)) {
            v.reject("code", "cannot change: it must be '" + code + "' or left out (was '" + r.code() + "')");
        }
        CourseEntity.Content c = r.validate(v);
        return jpa.txExpr(TransactionType.Required, em -> {
            CourseEntity course = findCourse(em, code);
            ETags.checkIfMatch(ifMatch, course.getVersion());
            requireTaughtCourse(em, c);
            course.apply(c, clock.millis());
            PersistenceSupport.flush(em, ifMatch);
            return tagged(course);
        });
    }

    public void delete(String code, String ifMatch) {
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
            PersistenceSupport.flush(em, ifMatch);
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
}
