package org.policyops.training.internal.service;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.policyops.training.internal.domain.CertState;
import org.policyops.training.internal.domain.TrainerGate;
import org.policyops.training.internal.dto.SessionRequest;
import org.policyops.training.internal.dto.SessionView;
import org.policyops.core.rest.Tagged;
import org.policyops.training.internal.entity.CertificationEntity;
import org.policyops.training.internal.entity.CourseEntity;
import org.policyops.training.internal.entity.Enrolment;
import org.policyops.training.internal.entity.LearnerEntity;
import org.policyops.training.internal.entity.SessionEntity;

/**
 * Instructor-led sessions: a trainer may lead one only while holding a valid train-the-trainer certification for
 * the course until the session ends (409 otherwise); enrolment stops at capacity (409); attendance is recorded per
 * enrolled learner.
 */
@Component(service = SessionService.class)
public class SessionService {

    public static final Map<String, String> SORTABLE = Map.of("startsAt", "startsAt", "course", "courseCode",
            "trainer", "trainerId");

    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public SessionService(@Reference(target = TrainingUnit.TARGET) JpaTemplate jpa) {
        this(jpa, Clock.systemUTC());
    }

    public SessionService(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    public Page<SessionView> list(String course, String trainer, PageRequest page) {
        return jpa.txExpr(TransactionType.Required, em -> PagedQuery.find(em, SessionEntity.class, page, (cb, root) -> {
            List<Predicate> p = new ArrayList<>();
            if (course != null && !course.isBlank()) {
                p.add(cb.equal(root.get("courseCode"), course.trim()));
            }
            if (trainer != null && !trainer.isBlank()) {
                p.add(cb.equal(root.get("trainerId"), trainer.trim()));
            }
            return p;
        }).map(SessionView::of));
    }

    public Tagged<SessionView> get(long id) {
        return jpa.txExpr(TransactionType.Required, em -> tagged(find(em, id)));
    }

    public Tagged<SessionView> create(SessionRequest request) {
        SessionRequest.Content c = request.validate();
        return jpa.txExpr(TransactionType.Required, em -> {
            CourseEntity course = CourseService.findCourseOrNull(em, c.course());
            if (course == null) {
                throw ProblemException.badRequest("course", "no course '" + c.course() + "' exists");
            }
            requireLearner(em, c.trainer(), "trainer");
            // Who certifies the trainers' trainers is outside this gate: train-the-trainer sessions need no TtT of their own.
            if (!course.isTrainTheTrainer()) {
                requireTrainer(em, c.trainer(), course.getCode(), c.startsAt() + Duration.ofMinutes(c.durationMinutes()).toMillis());
            }
            SessionEntity s = new SessionEntity();
            s.apply(c.course(), c.trainer(), c.startsAt(), c.durationMinutes(), c.locale(), c.capacity());
            em.persist(s);
            em.flush();
            return tagged(s);
        });
    }

    public void delete(long id, String ifMatch) {
        jpa.txExpr(TransactionType.Required, em -> {
            SessionEntity s = find(em, id);
            ETags.checkIfMatch(ifMatch, s.getVersion());
            em.remove(s);
            PersistenceSupport.flush(em, ifMatch);
            return null;
        });
    }

    public Tagged<SessionView> enrol(long id, String ifMatch, String learnerId) {
        if (learnerId == null || learnerId.isBlank()) {
            throw ProblemException.badRequest("learner", "is required");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            SessionEntity s = find(em, id);
            ETags.checkIfMatch(ifMatch, s.getVersion());
            requireLearner(em, learnerId.trim(), "learner");
            if (s.getEnrolments().stream().anyMatch(e -> e.getLearnerId().equals(learnerId.trim()))) {
                throw ProblemException.conflict(learnerId + " is enrolled in session " + id + " already.");
            }
            if (s.getEnrolments().size() >= s.getCapacity()) {
                throw ProblemException.conflict("Session " + id + " is full (" + s.getCapacity() + " places).");
            }
            s.getEnrolments().add(new Enrolment(learnerId.trim()));
            em.lock(s, javax.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            PersistenceSupport.flush(em, ifMatch);
            return tagged(s);
        });
    }

    public Tagged<SessionView> attendance(long id, String ifMatch, String learnerId, Boolean attended) {
        if (attended == null) {
            throw ProblemException.badRequest("attended", "is required (true or false)");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            SessionEntity s = find(em, id);
            ETags.checkIfMatch(ifMatch, s.getVersion());
            Enrolment e = s.getEnrolments().stream().filter(x -> x.getLearnerId().equals(learnerId)).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("enrolment of session " + id + " for learner", learnerId));
            e.setAttended(attended);
            // Element collections change without touching the owner's columns: bump the version for the ETag.
            em.lock(s, javax.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            PersistenceSupport.flush(em, ifMatch);
            return tagged(s);
        });
    }

    /** The trainer gate: 409 unless the trainer holds a valid train-the-trainer certification for the course. */
    private void requireTrainer(EntityManager em, String trainerId, String courseCode, long sessionEnds) {
        List<TrainerGate.Held> held = new ArrayList<>();
        List<Object[]> rows = em.createQuery("select t.forCourse, c.state, c.validUntil from CertificationEntity c, "
                + "CourseEntity t where c.learnerId = :l and c.trainTheTrainer = true and t.code = c.courseCode",
                Object[].class).setParameter("l", trainerId).getResultList();
        for (Object[] r : rows) {
            held.add(new TrainerGate.Held((String) r[0], CertState.valueOf((String) r[1]), (Long) r[2]));
        }
        Optional<String> refusal = TrainerGate.refusal(trainerId, courseCode, held, clock.millis(), sessionEnds);
        if (refusal.isPresent()) {
            throw ProblemException.conflict(refusal.get()).with("trainer", trainerId).with("course", courseCode);
        }
    }

    private static void requireLearner(EntityManager em, String id, String field) {
        if (em.find(LearnerEntity.class, id) == null) {
            throw ProblemException.badRequest(field, "no learner '" + id + "' exists");
        }
    }

    private static SessionEntity find(EntityManager em, long id) {
        SessionEntity s = em.find(SessionEntity.class, id);
        if (s == null) {
            throw ProblemException.notFound("session", id);
        }
        return s;
    }

    private static Tagged<SessionView> tagged(SessionEntity s) {
        return new Tagged<>(SessionView.of(s), s.getVersion());
    }
}
