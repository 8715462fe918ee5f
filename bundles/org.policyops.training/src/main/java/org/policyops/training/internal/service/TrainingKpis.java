package org.policyops.training.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.metrics.KpiDefinition;
import org.policyops.api.metrics.KpiDefinition.Cadence;
import org.policyops.api.metrics.KpiDefinition.Direction;
import org.policyops.api.metrics.KpiProvider;
import org.policyops.api.metrics.KpiValue;
import org.policyops.training.internal.domain.CertState;

/**
 * The training domain's north-star KPIs for the metrics feature (which needs only this service; training works the same
 * without it), per region and overall, measured as they stand now: coverage, the share of learner × policy pairs (each
 * learner of the region, each policy training's courses cover) held by a current certification on the policy's current
 * major version, as {@link CoverageService} counts it; proficiency, the mean score of those certifications. Two grouped
 * queries; the rows they return are regions × policies × majors, never learners.
 */
@Component(service = KpiProvider.class)
public class TrainingKpis implements KpiProvider {

    public static final String COVERAGE = "training-coverage";
    public static final String PROFICIENCY = "training-proficiency";

    private static final String OWNER = "Policy Training";

    private static final List<KpiDefinition> KPIS = List.of(
            new KpiDefinition(COVERAGE, "Training coverage", "Share of learner × policy pairs (every learner of the region, "
                    + "every policy the courses cover) with a current certification on the policy's current major version.",
                    "ratio", Direction.HIGHER_IS_BETTER, 0.95, 0.85, 0.7, OWNER, Cadence.MONTHLY, List.of(KpiValue.REGION), false),
            new KpiDefinition(PROFICIENCY, "Proficiency", "Mean assessment score (0–100) of the current certifications on "
                    + "current major versions.", "score", Direction.HIGHER_IS_BETTER, 85, 80, 70, OWNER, Cadence.MONTHLY,
                    List.of(KpiValue.REGION), false));

    private final JpaTemplate jpa;
    private final PolicyVersions versions;
    private final Clock clock;

    @Activate
    public TrainingKpis(@Reference(target = TrainingUnit.TARGET) JpaTemplate jpa, @Reference PolicyVersions versions) {
        this(jpa, versions, Clock.systemUTC());
    }

    public TrainingKpis(JpaTemplate jpa, PolicyVersions versions, Clock clock) {
        this.jpa = jpa;
        this.versions = versions;
        this.clock = clock;
    }

    @Override
    public List<KpiDefinition> kpis() {
        return KPIS;
    }

    @Override
    public List<KpiValue> values(LocalDate asOf) {
        long now = clock.millis();
        return jpa.txExpr(TransactionType.Required, em -> compute(em, now));
    }

    private List<KpiValue> compute(EntityManager em, long now) {
        List<String> policies = em.createQuery("select distinct p.policyKey from CourseEntity c join c.policies p",
                String.class).getResultList();
        if (policies.isEmpty()) {
            return List.of();
        }
        Map<String, PolicyVersions.Current> current = versions.currentAll(em, policies);
        Map<String, Long> learners = new TreeMap<>();
        for (Object[] row : em.createQuery("select l.region, count(l) from LearnerEntity l group by l.region", Object[].class)
                .getResultList()) {
            learners.put((String) row[0], ((Number) row[1]).longValue());
        }
        // Per region: certified pairs, and the sum of their scores.
        Map<String, double[]> certified = new HashMap<>();
        for (Object[] row : em.createQuery("select l.region, c.policyKey, c.policyMajor, count(c), sum(c.score) "
                + "from CertificationEntity c, LearnerEntity l where c.learnerId = l.id and c.state = :active "
                + "and c.trainTheTrainer = false and c.validUntil > :now group by l.region, c.policyKey, c.policyMajor",
                Object[].class).setParameter("active", CertState.ACTIVE.name()).setParameter("now", now).getResultList()) {
            String policy = (String) row[1];
            if (!policies.contains(policy)) {
                continue;
            }
            PolicyVersions.Current cur = current.get(policy);
            Integer major = row[2] == null ? null : ((Number) row[2]).intValue();
            if (cur != null && major != null && major != cur.major()) {
                continue; // certified on an earlier major version: not covered now
            }
            double[] c = certified.computeIfAbsent((String) row[0], k -> new double[2]);
            c[0] += ((Number) row[3]).doubleValue();
            c[1] += ((Number) row[4]).doubleValue();
        }
        List<KpiValue> out = new ArrayList<>();
        long allPairs = 0;
        double[] all = new double[2];
        for (Map.Entry<String, Long> e : learners.entrySet()) {
            long pairs = e.getValue() * policies.size();
            double[] c = certified.getOrDefault(e.getKey(), new double[2]);
            out.add(KpiValue.ofRegion(COVERAGE, e.getKey(), c[0] / pairs, pairs));
            if (c[0] > 0) {
                out.add(KpiValue.ofRegion(PROFICIENCY, e.getKey(), round(c[1] / c[0]), (long) c[0]));
            }
            allPairs += pairs;
            all[0] += c[0];
            all[1] += c[1];
        }
        if (allPairs > 0) {
            out.add(KpiValue.overall(COVERAGE, all[0] / allPairs, allPairs));
        }
        if (all[0] > 0) {
            out.add(KpiValue.overall(PROFICIENCY, round(all[1] / all[0]), (long) all[0]));
        }
        return out;
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
