package org.policyops.training.internal.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.persistence.Query;
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
import org.policyops.training.internal.TrainingConfig;
import org.policyops.training.internal.domain.CertState;
import org.policyops.training.internal.domain.GapRanking;
import org.policyops.training.internal.dto.CertificationView;
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
        if (policyKey == null || region == null || (single && role == null)) {
            throw new IllegalArgumentException("policyKey, region" + (single ? " and role" : "") + " are required");
        }
        return report(region, List.of(policyKey), single ? role : null);
    }

    /** The coverage of every policy training knows in a region, every role with learners there. */
    @Override
    public List<CoverageInfo> coverageReport(RegionCode region) {
        if (region == null) {
            throw new IllegalArgumentException("region is required");
        }
        return report(region, null, null);
    }

    /**
     * Two grouped queries: the people in scope per role, and per policy, certified major version and role the count,
     * mean and 10th percentile of the current certifications' scores. The percentile is the nearest rank, as
     * planning's time-to-deploy computes it: the score at rank ⌈n/10⌉ = (n + 9) / 10 of the group's n scores in
     * order, picked with window functions (ROW_NUMBER, COUNT OVER) in the same statement. Native SQL, since JPQL has
     * no window functions; H2 and PostgreSQL both run it. (Their PERCENTILE_DISC differ: H2 rounds between ranks.)
     * Rows on other majors than the current one are dropped here: there are at most policies × majors × roles.
     *
     * @param policies the policies to report, or null for all those training's courses cover
     * @param role the one role to report (always listed, in scope or not), or null for every role in the region
     */
    private List<CoverageInfo> report(RegionCode region, List<String> policies, String role) {
        long now = clock.millis();
        return jpa.txExpr(TransactionType.Required, em -> {
            List<String> keys = policies != null ? policies : em.createQuery("select distinct p.policyKey "
                    + "from CourseEntity c join c.policies p order by p.policyKey", String.class).getResultList();
            Map<String, PolicyVersions.Current> current = versions.currentAll(em, keys);
            TypedQuery<Object[]> scopeQ = em.createQuery("select r, count(l) from LearnerEntity l join l.roles r "
                    + "where l.region = :region" + (role == null ? "" : " and r = :role") + " group by r", Object[].class)
                    .setParameter("region", region.value());
            if (role != null) {
                scopeQ.setParameter("role", role);
            }
            Map<String, Long> inScope = new TreeMap<>();
            for (Object[] row : scopeQ.getResultList()) {
                inScope.put((String) row[0], ((Number) row[1]).longValue());
            }
            if (role != null) {
                inScope.putIfAbsent(role, 0L);
            }
            String group = "c.POLICY_KEY, c.POLICY_MAJOR, r.ROLE_NAME";
            Query certQ = em.createNativeQuery("select t.POLICY_KEY, t.POLICY_MAJOR, t.ROLE_NAME, count(*), avg(t.SCORE), "
                    + "max(case when t.RN = (t.N + 9) / 10 then t.SCORE end) from (select " + group + ", c.SCORE, "
                    + "row_number() over (partition by " + group + " order by c.SCORE) as RN, "
                    + "count(*) over (partition by " + group + ") as N "
                    + "from TRAINING_CERTIFICATION c join TRAINING_LEARNER l on l.LEARNER_ID = c.LEARNER_ID "
                    + "join TRAINING_LEARNER_ROLE r on r.LEARNER_ID = l.LEARNER_ID "
                    + "where l.REGION_CODE = ?1 and c.STATE = ?2 and c.TRAIN_THE_TRAINER = ?3 and c.VALID_UNTIL > ?4"
                    + (policies == null || policies.size() != 1 ? "" : " and c.POLICY_KEY = ?5")
                    + (role == null ? "" : " and r.ROLE_NAME = ?6")
                    + ") t group by t.POLICY_KEY, t.POLICY_MAJOR, t.ROLE_NAME")
                    .setParameter(1, region.value()).setParameter(2, CertState.ACTIVE.name()).setParameter(3, Boolean.FALSE)
                    .setParameter(4, now);
            if (policies != null && policies.size() == 1) {
                certQ.setParameter(5, policies.get(0));
            }
            if (role != null) {
                certQ.setParameter(6, role);
            }
            Map<String, Object[]> certified = new HashMap<>();
            for (Object row : certQ.getResultList()) {
                Object[] r = (Object[]) row;
                PolicyVersions.Current cur = current.get((String) r[0]);
                Integer major = r[1] == null ? null : ((Number) r[1]).intValue();
                if (cur == null || (major != null && major == cur.major())) {
                    certified.put(r[0] + "|" + r[2], r);
                }
            }
            List<CoverageInfo> out = new ArrayList<>();
            for (String key : keys) {
                PolicyVersions.Current cur = current.get(key);
                for (Map.Entry<String, Long> e : inScope.entrySet()) {
                    Object[] c = certified.get(key + "|" + e.getKey());
                    long n = c == null ? 0 : ((Number) c[3]).longValue();
                    long scope = e.getValue();
                    out.add(new CoverageInfo(key, cur == null ? null : cur.version(), region, e.getKey(), scope, n,
                            scope == 0 ? null : (double) n / scope, c == null ? null : number(c[4]),
                            c == null ? null : number(c[5])));
                }
            }
            return out;
        });
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
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
        long now = clock.millis();
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<String, Long> inScope = new TreeMap<>();
            for (Object[] row : em.createQuery("select l.region, count(l) from LearnerEntity l join l.roles r where r = :role "
                    + "group by l.region", Object[].class).setParameter("role", role).getResultList()) {
                inScope.put((String) row[0], ((Number) row[1]).longValue());
            }
            // Per policy, the course written for its newest major, the most focused of those (fewest policies covered),
            // then the first code: the first row of each key in this order.
            Map<String, Suggested> suggested = new TreeMap<>();
            for (Object[] row : em.createQuery("select p.policyKey, c.code, c.title, coalesce(p.policyMajor, -1) as m, "
                    + "count(o) as n from CourseEntity c join c.policies p join c.policies o where c.forCourse is null "
                    + "group by p.policyKey, p.policyMajor, c.code, c.title order by p.policyKey, m desc, n, c.code",
                    Object[].class).getResultList()) {
                suggested.putIfAbsent((String) row[0], new Suggested((String) row[1], (String) row[2]));
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

    /** The course a gap report suggests for a policy. */
    record Suggested(String code, String title) {
    }

    /** What to do about a gap, in words: assign the newest course to the uncertified, or run a refresher. */
    static String action(GapRanking.Candidate c, String role, Suggested course, double target) {
        if (course == null) {
            return "No course covers " + c.policyKey() + ": create one, then assign it to the " + role + "s in " + c.region() + ".";
        }
        String what = course.code() + " (" + course.title() + ")";
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
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select distinct p.policyKey "
                + "from CourseEntity c join c.policies p order by p.policyKey", String.class).getResultList());
    }
}
