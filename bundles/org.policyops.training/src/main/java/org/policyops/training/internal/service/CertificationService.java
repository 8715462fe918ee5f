package org.policyops.training.internal.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.criteria.Predicate;
import javax.ws.rs.core.SecurityContext;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.training.TrainingEvents;
import org.policyops.core.events.EventPoster;
import org.policyops.core.events.Notice;
import org.policyops.core.persistence.PagedQuery;
import org.policyops.core.rest.Access;
import org.policyops.core.rest.Page;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Roles;
import org.policyops.training.internal.domain.CertState;
import org.policyops.training.internal.domain.CertStatus;
import org.policyops.training.internal.domain.ExpiryNotice;
import org.policyops.training.internal.domain.Recertification;
import org.policyops.training.internal.dto.CertificationView;
import org.policyops.training.internal.dto.ResultRequest;
import org.policyops.training.internal.dto.ResultView;
import org.policyops.training.internal.entity.CertificationEntity;
import org.policyops.training.internal.entity.CourseEntity;
import org.policyops.training.internal.entity.CoveredPolicy;
import org.policyops.training.internal.entity.LearnerEntity;
import org.policyops.training.internal.entity.ResultEntity;

/**
 * Assessment results and the certifications they grant or withdraw, and the two other ways a certification stops
 * counting: expiry (checked on a schedule) and a new major policy version (a planning event). Events go out after
 * the transaction that caused them has committed.
 *
 * <p>A pass (score at or above the course's threshold) grants one certification per policy the course covers, each on
 * the version the course names for it (or, when it names none, the policy's current version), valid for the course's
 * validity period, and each supersedes the learner's earlier certifications on the same policy of the same kind (train-the-trainer or not), so a learner
 * holds at most one current certification per policy and kind. A score under the proficiency threshold withdraws
 * the learner's current certifications on the course's policies: recertification required.
 */
@Component(service = CertificationService.class)
public class CertificationService {

    public static final Map<String, String> RESULT_SORTABLE = Map.of("takenAt", "takenAt", "score", "score",
            "learner", "learnerId", "course", "courseCode");
    public static final Map<String, String> CERT_SORTABLE = Map.of("grantedAt", "grantedAt", "validUntil", "validUntil",
            "learner", "learnerId", "course", "courseCode", "policyKey", "policyKey");

    /** Certifications handled per transaction by the expiry check and the major-change trigger. */
    static final int BATCH = 500;

    private final JpaTemplate jpa;
    private final TrainingSettings settings;
    private final PolicyVersions versions;
    private final EventPoster events;
    private final Clock clock;

    @Activate
    public CertificationService(@Reference(target = TrainingUnit.TARGET) JpaTemplate jpa,
            @Reference TrainingSettings settings, @Reference PolicyVersions versions, @Reference EventPoster events) {
        this(jpa, settings, versions, events, Clock.systemUTC());
    }

    public CertificationService(JpaTemplate jpa, TrainingSettings settings, PolicyVersions versions,
            EventPoster events, Clock clock) {
        this.jpa = jpa;
        this.settings = settings;
        this.versions = versions;
        this.events = events;
        this.clock = clock;
    }

    // --- results

    private record Recorded(ResultView view, List<Notice> notices) {
    }

    public ResultView record(ResultRequest request, SecurityContext caller) {
        ResultRequest.Content r = request.validate();
        String user = Access.userName(caller);
        double proficiency = settings.config().proficiencyThreshold();
        int warning = settings.config().expiryWarningDays();
        Recorded done = jpa.txExpr(TransactionType.Required, em -> {
            LearnerEntity learner = em.find(LearnerEntity.class, r.learner());
            if (learner == null) {
                throw ProblemException.badRequest("learner", "no learner '" + r.learner() + "' exists");
            }
            Access.requireRegions(caller, Roles.TRAINER, List.of(learner.getRegion()));
            CourseEntity course = CourseService.findCourseOrNull(em, r.course());
            if (course == null) {
                throw ProblemException.badRequest("course", "no course '" + r.course() + "' exists");
            }
            long now = clock.millis();
            long takenAt = r.takenAt() == null ? now : r.takenAt().toEpochMilli();
            if (takenAt > now + 60_000) {
                throw ProblemException.badRequest("takenAt", "must not be in the future (was " + r.takenAt() + ")");
            }
            boolean passed = r.score() >= course.getPassThreshold();
            ResultEntity result = new ResultEntity(learner.getLearnerId(), course.getCode(), r.score(), passed, takenAt, user);
            em.persist(result);
            List<Notice> notices = new ArrayList<>();
            List<CertificationEntity> granted = new ArrayList<>();
            if (passed) {
                for (CoveredPolicy policy : course.getPolicies()) {
                    CertificationEntity cert = grant(em, course, policy, learner.getLearnerId(), r.score(), takenAt);
                    granted.add(cert);
                    notices.add(TrainingNotices.certification(TrainingEvents.CERTIFICATION_GRANTED, cert, null, null));
                }
            } else if (!course.isTrainTheTrainer() && Recertification.requiredByProficiency(r.score(), proficiency)) {
                String reason = Recertification.proficiencyReason(course.getCode(), r.score(), proficiency);
                for (CertificationEntity c : current(em, learner.getLearnerId(), policyKeys(course), false)) {
                    c.changeState(CertState.RECERTIFICATION_REQUIRED, reason);
                    notices.add(TrainingNotices.certification(TrainingEvents.RECERTIFICATION_REQUIRED, c,
                            TrainingEvents.PROP_REASON, reason));
                }
            }
            em.flush(); // assigns the ids the response shows
            return new Recorded(ResultView.of(result, granted.stream().map(c -> CertificationView.of(c, now, warning)).toList()),
                    notices);
        });
        events.postAll(done.notices());
        return done.view();
    }

    /**
     * Grants the certification on one of the course's policies for a pass, and supersedes the learner's earlier ones
     * on that policy of the same kind.
     */
    private CertificationEntity grant(EntityManager em, CourseEntity course, CoveredPolicy policy, String learnerId,
            double score, long at) {
        for (CertificationEntity c : current(em, learnerId, List.of(policy.getPolicyKey()), course.isTrainTheTrainer())) {
            if (!course.isTrainTheTrainer() || c.getCourseCode().equals(course.getCode())) {
                c.changeState(CertState.SUPERSEDED, "Superseded by a later pass of " + course.getCode() + ".");
            }
        }
        String version = policy.getPolicyVersion();
        Integer major = policy.getPolicyMajor();
        if (version == null) {
            PolicyVersions.Current current = versions.current(em, policy.getPolicyKey());
            if (current != null) {
                version = current.version();
                major = current.major();
            }
        }
        CertificationEntity cert = new CertificationEntity(learnerId, course, policy.getPolicyKey(), version, major, score,
                at, CertStatus.validUntil(at, course.getValidityDays()));
        em.persist(cert);
        return cert;
    }

    private static List<String> policyKeys(CourseEntity course) {
        return course.getPolicies().stream().map(CoveredPolicy::getPolicyKey).toList();
    }

    /** The learner's certifications on the policies that are not superseded or withdrawn, of one kind. */
    private static List<CertificationEntity> current(EntityManager em, String learnerId, List<String> policyKeys, boolean ttt) {
        return em.createQuery("select c from CertificationEntity c where c.learnerId = :l and c.policyKey in :p "
                + "and c.state = :s and c.trainTheTrainer = :t order by c.id", CertificationEntity.class)
                .setParameter("l", learnerId).setParameter("p", policyKeys).setParameter("s", CertState.ACTIVE.name())
                .setParameter("t", ttt).getResultList();
    }

    public Page<ResultView> results(String learner, String course, PageRequest page) {
        return jpa.txExpr(TransactionType.Required, em -> PagedQuery.find(em, ResultEntity.class, page, (cb, root) -> {
            List<Predicate> p = new ArrayList<>();
            if (learner != null && !learner.isBlank()) {
                p.add(cb.equal(root.get("learnerId"), learner.trim()));
            }
            if (course != null && !course.isBlank()) {
                p.add(cb.equal(root.get("courseCode"), course.trim()));
            }
            return p;
        }).map(r -> ResultView.of(r, List.of())));
    }

    public ResultView result(long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ResultEntity r = em.find(ResultEntity.class, id);
            if (r == null) {
                throw ProblemException.notFound("result", id);
            }
            return ResultView.of(r, List.of());
        });
    }

    // --- certifications

    /**
     * Certifications filtered by learner, policy, course and status (VALID, EXPIRING, EXPIRED,
     * RECERTIFICATION_REQUIRED, SUPERSEDED, or CURRENT for VALID and EXPIRING), translated into conditions on the
     * stored state and end of validity.
     */
    public Page<CertificationView> certifications(String learner, String policy, String course, String status,
            PageRequest page) {
        long now = clock.millis();
        int warning = settings.config().expiryWarningDays();
        String st = status == null || status.isBlank() ? null : status.trim().toUpperCase(Locale.ROOT);
        if (st != null && !st.equals("CURRENT")) {
            try {
                CertStatus.valueOf(st);
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("status", "must be one of CURRENT, " + List.of(CertStatus.values()) + " (was '" + status + "')");
            }
        }
        long warnEdge = now + java.time.Duration.ofDays(warning).toMillis();
        return jpa.txExpr(TransactionType.Required, em -> PagedQuery.find(em, CertificationEntity.class, page, (cb, root) -> {
            List<Predicate> p = new ArrayList<>();
            if (learner != null && !learner.isBlank()) {
                p.add(cb.equal(root.get("learnerId"), learner.trim()));
            }
            if (policy != null && !policy.isBlank()) {
                p.add(cb.equal(root.get("policyKey"), policy.trim()));
            }
            if (course != null && !course.isBlank()) {
                p.add(cb.equal(root.get("courseCode"), course.trim()));
            }
            if (st != null) {
                javax.persistence.criteria.Path<Long> until = root.get("validUntil");
                javax.persistence.criteria.Path<String> state = root.get("state");
                switch (st) {
                case "CURRENT" -> { p.add(cb.equal(state, CertState.ACTIVE.name())); p.add(cb.gt(until, now)); }
                case "VALID" -> { p.add(cb.equal(state, CertState.ACTIVE.name())); p.add(cb.gt(until, warnEdge)); }
                case "EXPIRING" -> { p.add(cb.equal(state, CertState.ACTIVE.name())); p.add(cb.gt(until, now)); p.add(cb.le(until, warnEdge)); }
                case "EXPIRED" -> { p.add(cb.equal(state, CertState.ACTIVE.name())); p.add(cb.le(until, now)); }
                default -> p.add(cb.equal(state, st));
                }
            }
            return p;
        }).map(c -> CertificationView.of(c, now, warning)));
    }

    public CertificationView certification(long id) {
        long now = clock.millis();
        return jpa.txExpr(TransactionType.Required, em -> {
            CertificationEntity c = em.find(CertificationEntity.class, id);
            if (c == null) {
                throw ProblemException.notFound("certification", id);
            }
            return CertificationView.of(c, now, settings.config().expiryWarningDays());
        });
    }

    /** A learner's certifications, newest first, or empty when there is no such learner. */
    public Optional<List<CertificationView>> ofLearner(String learnerId) {
        long now = clock.millis();
        int warning = settings.config().expiryWarningDays();
        return jpa.txExpr(TransactionType.Required, em -> {
            if (learnerId == null || em.find(LearnerEntity.class, learnerId) == null) {
                return Optional.<List<CertificationView>>empty();
            }
            return Optional.of(em.createQuery("select c from CertificationEntity c where c.learnerId = :id "
                    + "order by c.grantedAt desc, c.id desc", CertificationEntity.class).setParameter("id", learnerId)
                    .getResultList().stream().map(c -> CertificationView.of(c, now, warning)).toList());
        });
    }

    // --- the triggers that run without a request

    /**
     * A new major version of a policy entered enforcement: every current certification on an older major (or on no
     * known version) of that policy now requires recertification. Runs in batches, each its own transaction, so a
     * policy with many certified people does not hold one huge transaction; each batch's events follow its commit.
     *
     * @return how many certifications were withdrawn
     */
    public int majorVersionEnforced(String policyKey, String version, int major) {
        String reason = Recertification.majorChangeReason(policyKey, version);
        int total = 0;
        while (true) {
            List<Notice> notices = jpa.txExpr(TransactionType.Required, em -> {
                List<CertificationEntity> batch = em.createQuery("select c from CertificationEntity c where c.policyKey = :p "
                        + "and c.state = :s and (c.policyMajor is null or c.policyMajor < :m) order by c.id",
                        CertificationEntity.class).setParameter("p", policyKey).setParameter("s", CertState.ACTIVE.name())
                        .setParameter("m", major).setMaxResults(BATCH).getResultList();
                List<Notice> out = new ArrayList<>();
                for (CertificationEntity c : batch) {
                    if (Recertification.requiredByMajorChange(c.getPolicyMajor(), major)) {
                        c.changeState(CertState.RECERTIFICATION_REQUIRED, reason);
                        out.add(TrainingNotices.certification(TrainingEvents.RECERTIFICATION_REQUIRED, c,
                                TrainingEvents.PROP_REASON, reason));
                    }
                }
                em.flush();
                return out;
            });
            events.postAll(notices);
            total += notices.size();
            if (notices.size() < BATCH) {
                return total;
            }
        }
    }

    /**
     * Posts CERTIFICATION_EXPIRING for current certifications entering the warning period and
     * CERTIFICATION_EXPIRED for those past their end, each once, in batches.
     *
     * @return how many events were posted
     */
    public int checkExpiry() {
        int warning = settings.config().expiryWarningDays();
        long edge = clock.millis() + java.time.Duration.ofDays(warning).toMillis();
        int total = 0;
        while (true) {
            List<Notice> notices = jpa.txExpr(TransactionType.Required, em -> {
                long now = clock.millis();
                List<CertificationEntity> batch = em.createQuery("select c from CertificationEntity c where c.state = :s "
                        + "and c.validUntil <= :edge and (c.expiredNotified = false and (c.expiringNotified = false "
                        + "or c.validUntil <= :now)) order by c.id", CertificationEntity.class)
                        .setParameter("s", CertState.ACTIVE.name()).setParameter("edge", edge).setParameter("now", now)
                        .setMaxResults(BATCH).getResultList();
                List<Notice> out = new ArrayList<>();
                for (CertificationEntity c : batch) {
                    Optional<String> topic = ExpiryNotice.due(c.getState(), c.getValidUntil(), c.isExpiringNotified(),
                            c.isExpiredNotified(), now, warning);
                    if (topic.isEmpty()) {
                        continue;
                    }
                    if (topic.get().equals(TrainingEvents.CERTIFICATION_EXPIRED)) {
                        c.markExpiredNotified();
                        c.markExpiringNotified();
                        out.add(TrainingNotices.certification(topic.get(), c, null, null));
                    } else {
                        c.markExpiringNotified();
                        out.add(TrainingNotices.certification(topic.get(), c, TrainingEvents.PROP_DAYS_LEFT,
                                ExpiryNotice.daysLeft(c.getValidUntil(), now)));
                    }
                }
                em.flush();
                // Every row the query selects is due; an empty outcome would mean the two disagree, so stop.
                return out.isEmpty() ? null : out;
            });
            if (notices == null) {
                return total;
            }
            events.postAll(notices);
            total += notices.size();
        }
    }
}
