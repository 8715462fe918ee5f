package org.policyops.training.internal.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.RegionCode;
import org.policyops.api.training.CertificationInfo;
import org.policyops.api.training.CoverageInfo;
import org.policyops.api.training.GapInfo;
import org.policyops.api.training.TrainingCoverage;
import org.policyops.api.training.TrainingQuery;
import org.policyops.training.internal.domain.CertState;
import org.policyops.training.internal.domain.GapRanking;
import org.policyops.training.internal.domain.Percentile;
import org.policyops.training.internal.dto.CertificationView;
import org.policyops.training.internal.entity.CourseEntity;
import org.policyops.training.internal.entity.QualitySignalEntity;

/**
 * Coverage, proficiency and the gap report, computed in the database: counts and means with GROUP BY, and the
 * 10th percentile (nearest rank) by fetching the one row at that rank of the group's sorted scores. The people in
 * scope are the learners with the role whose region is exactly the one asked; a learner counts as certified while
 * holding a current (active, unexpired) certification on the policy's current major version, see
 * {@link PolicyVersions}. A learner holds at most one current certification per policy (a pass supersedes the
 * earlier ones), so counting certifications counts people, and the mean and p10 are over each certified person's
 * latest passing score.
 */
@Component(service = { TrainingCoverage.class, TrainingQuery.class, CoverageService.class })
public class CoverageService implements TrainingCoverage, TrainingQuery {

    private static final String CERTIFIED_FROM = " from CertificationEntity c, LearnerEntity l join l.roles r"
            + " where c.learnerId = l.id and c.state = :active and c.trainTheTrainer = false and c.validUntil > :now";

    private final JpaTemplate jpa;
    private final TrainingSettings settings;
    private final PolicyVersions versions;
    private final CertificationService certifications;
    private final Clock clock;

    @Activate
    public CoverageService(@Reference(target = TrainingUnit.TARGET) JpaTemplate jpa, @Reference TrainingSettings settings,
            @Reference PolicyVersions versions, @Reference CertificationService certifications) {
        this(jpa, settings, versions, certifications, Clock.systemUTC());
    }

    public CoverageService(JpaTemplate jpa, TrainingSettings settings, PolicyVersions versions,
            CertificationService certifications, Clock clock) {
        this.jpa = jpa;
        this.settings = settings;
        this.versions = versions;
        this.certifications = certifications;
        this.clock = clock;
    }

    @Override
    public CoverageInfo coverage(String policyKey, RegionCode region, String role) {
        List<CoverageInfo> one = coverage(policyKey, region, role, true);
        return one.get(0);
    }

    @Override
    public List<CoverageInfo> coverage(String policyKey, RegionCode region) {
        return coverage(policyKey, region, null, false);
    }

    /** Coverage of one role (always one entry, in scope or not), or of every role with learners in the region. */
    private List<CoverageInfo> coverage(String policyKey, RegionCode region, String role, boolean single) {
        long now = TrainingUnit.now(clock);
        return jpa.txExpr(TransactionType.Required, em -> {
            PolicyVersions.Current current = versions.current(em, policyKey);
            Integer major = current == null ? null : current.major();
            String roleFilter = single ? " and r = :role" : "";
            TypedQuery<Object[]> scopeQ = em.createQuery("select r, count(l) from LearnerEntity l join l.roles r "
                    + "where l.region = :region" + roleFilter + " group by r", Object[].class)
                    .setParameter("region", region.value());
            String versionFilter = major == null ? "" : " and c.policyMajor = :major";
            TypedQuery<Object[]> certQ = em.createQuery("select r, count(c), avg(c.score)" + CERTIFIED_FROM
                    + " and c.policyKey = :policy and l.region = :region" + roleFilter + versionFilter + " group by r",
                    Object[].class);
            bindCertified(certQ, now).setParameter("policy", policyKey).setParameter("region", region.value());
            if (single) {
                scopeQ.setParameter("role", role);
                certQ.setParameter("role", role);
            }
            if (major != null) {
                certQ.setParameter("major", major);
            }
            Map<String, Long> inScope = new TreeMap<>();
            for (Object[] row : scopeQ.getResultList()) {
                inScope.put((String) row[0], ((Number) row[1]).longValue());
            }
            Map<String, Object[]> certified = new HashMap<>();
            for (Object[] row : certQ.getResultList()) {
                certified.put((String) row[0], row);
            }
            if (single) {
                inScope.putIfAbsent(role, 0L);
            }
            List<CoverageInfo> out = new ArrayList<>();
            for (Map.Entry<String, Long> e : inScope.entrySet()) {
                Object[] c = certified.get(e.getKey());
                long n = c == null ? 0 : ((Number) c[1]).longValue();
                Double mean = c == null || c[2] == null ? null : ((Number) c[2]).doubleValue();
                Double p10 = n == 0 ? null : p10(em, now, policyKey, region.value(), e.getKey(), major, n);
                long scope = e.getValue();
                out.add(new CoverageInfo(policyKey, current == null ? null : current.version(), region, e.getKey(), scope,
                        n, scope == 0 ? null : (double) n / scope, mean, p10));
            }
            return out;
        });
    }

    /** The score at the nearest rank of the 10th percentile among the n certified people's scores: one row fetched. */
    private static Double p10(EntityManager em, long now, String policyKey, String region, String role, Integer major, long n) {
        int rank = Percentile.nearestRank(10, n);
        TypedQuery<Double> q = em.createQuery("select c.score" + CERTIFIED_FROM + " and c.policyKey = :policy "
                + "and l.region = :region and r = :role" + (major == null ? "" : " and c.policyMajor = :major")
                + " order by c.score", Double.class);
        bindCertified(q, now).setParameter("policy", policyKey).setParameter("region", region).setParameter("role", role);
        if (major != null) {
            q.setParameter("major", major);
        }
        List<Double> at = q.setFirstResult(rank - 1).setMaxResults(1).getResultList();
        return at.isEmpty() ? null : at.get(0);
    }

    private static <T> TypedQuery<T> bindCertified(TypedQuery<T> q, long now) {
        return q.setParameter("active", CertState.ACTIVE.name()).setParameter("now", now);
    }

    // --- gap report

    @Override
    public List<GapInfo> gaps(int limit) {
        return gaps(null, limit);
    }

    /**
     * Policy × region pairs where the configured role's coverage is under target or the latest quality signal is
     * worse than its thresholds, most severe first. Four grouped queries, whose results are bounded by policies ×
     * regions, whatever the number of learners and certifications.
     */
    public List<GapInfo> gaps(RegionCode regionFilter, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + " (was " + limit + ")");
        }
        TrainingConfig cfg = settings.config();
        String role = cfg.gapRole();
        long now = TrainingUnit.now(clock);
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<String, Long> inScope = new TreeMap<>();
            for (Object[] row : em.createQuery("select l.region, count(l) from LearnerEntity l join l.roles r where r = :role "
                    + "group by l.region", Object[].class).setParameter("role", role).getResultList()) {
                inScope.put((String) row[0], ((Number) row[1]).longValue());
            }
            List<CourseEntity> courses = em.createQuery("select c from CourseEntity c where c.forCourse is null",
                    CourseEntity.class).getResultList();
            Map<String, CourseEntity> suggested = new TreeMap<>();
            Comparator<CourseEntity> newest = Comparator.comparing((CourseEntity c) -> c.getPolicyMajor() == null ? -1 : c.getPolicyMajor())
                    .thenComparing(CourseEntity::getCode, Comparator.reverseOrder());
            for (CourseEntity c : courses) {
                suggested.merge(c.getPolicyKey(), c, (a, b) -> newest.compare(a, b) >= 0 ? a : b);
            }
            Map<String, QualitySignalEntity> quality = new HashMap<>();
            TreeSet<String> policies = new TreeSet<>(suggested.keySet());
            for (QualitySignalEntity q : em.createQuery("select q from QualitySignalEntity q where q.period = "
                    + "(select max(q2.period) from QualitySignalEntity q2 where q2.policyKey = q.policyKey "
                    + "and q2.region = q.region)", QualitySignalEntity.class).getResultList()) {
                quality.put(q.getPolicyKey() + "|" + q.getRegion(), q);
                policies.add(q.getPolicyKey());
            }
            Map<String, PolicyVersions.Current> current = versions.currentAll(em, policies);
            TypedQuery<Object[]> certQ = em.createQuery("select c.policyKey, c.policyMajor, l.region, count(c)"
                    + CERTIFIED_FROM + " and r = :role group by c.policyKey, c.policyMajor, l.region", Object[].class);
            bindCertified(certQ, now).setParameter("role", role);
            Map<String, Long> certified = new HashMap<>();
            for (Object[] row : certQ.getResultList()) {
                PolicyVersions.Current cur = current.get((String) row[0]);
                Integer major = (Integer) row[1];
                if (cur == null || (major != null && major == cur.major())) {
                    certified.merge(row[0] + "|" + row[2], ((Number) row[3]).longValue(), Long::sum);
                }
            }
            List<GapRanking.Candidate> candidates = new ArrayList<>();
            for (String policy : policies) {
                TreeSet<String> regions = new TreeSet<>(inScope.keySet());
                quality.values().stream().filter(q -> q.getPolicyKey().equals(policy)).forEach(q -> regions.add(q.getRegion()));
                for (String region : regions) {
                    if (regionFilter != null && !regionFilter.value().equals(region)) {
                        continue;
                    }
                    QualitySignalEntity q = quality.get(policy + "|" + region);
                    candidates.add(new GapRanking.Candidate(policy, region, inScope.getOrDefault(region, 0L),
                            certified.getOrDefault(policy + "|" + region, 0L),
                            q == null ? null : (double) q.getMissedViolations() / q.getSampleSize(),
                            q == null ? null : (double) q.getWrongActions() / q.getSampleSize(),
                            q == null ? null : q.getPeriod()));
                }
            }
            List<GapRanking.Gap> ranked = GapRanking.rank(candidates, new GapRanking.Thresholds(cfg.coverageTarget(),
                    cfg.leakageThreshold(), cfg.overEnforcementThreshold()));
            List<GapInfo> out = new ArrayList<>();
            for (GapRanking.Gap g : ranked.subList(0, Math.min(limit, ranked.size()))) {
                GapRanking.Candidate c = g.candidate();
                out.add(new GapInfo(out.size() + 1, c.policyKey(), c.region(), role, c.inScope(), c.certified(), c.share(),
                        c.leakageRate(), c.overEnforcementRate(), c.qualityPeriod(), g.severity(), g.reasons(),
                        action(c, role, suggested.get(c.policyKey()), cfg.coverageTarget())));
            }
            return out;
        });
    }

    /** What to do about a gap, in words: assign the newest course to the uncertified, or run a refresher. */
    static String action(GapRanking.Candidate c, String role, CourseEntity course, double target) {
        if (course == null) {
            return "No course covers " + c.policyKey() + ": create one, then assign it to the " + role + "s in " + c.region() + ".";
        }
        String what = course.getCode() + " (" + course.getTitle() + ")";
        Double share = c.share();
        if (share != null && share < target) {
            long uncertified = c.uncertified();
            return "Assign " + what + " to the " + uncertified + " uncertified " + role + (uncertified == 1 ? "" : "s")
                    + " in " + c.region() + ".";
        }
        return String.format(Locale.ROOT, "Coverage is on target; quality is not: run a refresher of %s for the %s %ss in %s "
                + "and review the QA misses of %s with them.", what, c.certified(), role, c.region(), c.qualityPeriod());
    }

    // --- read-only views for the console

    @Override
    public Optional<List<CertificationInfo>> certifications(String learnerId) {
        return certifications.ofLearner(learnerId).map(list -> list.stream().map(CertificationView::info).toList());
    }

    @Override
    public List<String> learnerIds(String prefix, int limit) {
        String p = prefix == null ? "" : prefix.replace("%", "").replace("_", "");
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select l.id from LearnerEntity l "
                + "where l.id like :p order by l.id", String.class).setParameter("p", p + "%")
                .setMaxResults(Math.max(1, Math.min(limit, MAX_LIMIT))).getResultList());
    }

    @Override
    public List<String> policyKeys() {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select distinct c.policyKey from CourseEntity c "
                + "order by c.policyKey", String.class).getResultList());
    }
}
