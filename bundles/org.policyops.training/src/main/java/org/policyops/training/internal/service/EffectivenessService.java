package org.policyops.training.internal.service;

import java.time.YearMonth;
import java.time.ZoneOffset;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.core.rest.RestSupport;
import org.policyops.core.rest.Dates;
import org.policyops.api.PolicyRef;
import org.policyops.api.RegionCode;
import org.policyops.core.rest.Validator;
import org.policyops.training.internal.dto.EffectivenessView;

/**
 * Learning effectiveness (Kirkpatrick level 4, as far as QA samples show it): quality on a policy in a region in the
 * months before a cohort's completions against the months after. Three aggregate queries.
 */
@Component(service = EffectivenessService.class)
public class EffectivenessService {

    private final JpaTemplate jpa;

    @Activate
    public EffectivenessService(@Reference(target = TrainingUnit.TARGET) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** From query parameters: policy, region and cohort month required; months 1 to 12, default 3. */
    public EffectivenessView effectiveness(String policy, String region, String cohort, String monthsText) {
        Validator v = new Validator();
        String key = v.parse("policy", v.require("policy", policy), s -> PolicyRef.requireValidKey(s.trim()));
        RegionCode r = v.parse("region", v.require("region", region), s -> RegionCode.of(s.trim()));
        YearMonth month = v.parse("cohort", v.require("cohort", cohort), Dates::month);
        Integer months = monthsText == null ? Integer.valueOf(3) : v.parse("months", monthsText, RestSupport::whole);
        v.range("months", months, 1, 12);
        v.throwIfInvalid();
        return jpa.txExpr(TransactionType.Required, em -> {
            long start = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            long end = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            long completions = em.createQuery("select count(distinct res.learnerId) from ResultEntity res, LearnerEntity l, "
                    + "CourseEntity c join c.policies cp where res.learnerId = l.id and res.courseCode = c.code "
                    + "and cp.policyKey = :p and l.region = :r and res.passed = true "
                    + "and res.takenAt >= :start and res.takenAt < :end", Long.class).setParameter("p", key)
                    .setParameter("r", r.value()).setParameter("start", start).setParameter("end", end).getSingleResult();
            EffectivenessView.Quality before = quality(em, key, r.value(), month.minusMonths(months), month.minusMonths(1));
            EffectivenessView.Quality after = quality(em, key, r.value(), month.plusMonths(1), month.plusMonths(months));
            return new EffectivenessView(key, r.value(), month.toString(), months, completions, before, after,
                    change(before.leakageRate(), after.leakageRate()),
                    change(before.overEnforcementRate(), after.overEnforcementRate()));
        });
    }

    private static EffectivenessView.Quality quality(EntityManager em, String key, String region, YearMonth from, YearMonth to) {
        Object[] row = em.createQuery("select sum(q.sampleSize), sum(q.missedViolations), sum(q.wrongActions) "
                + "from QualitySignalEntity q where q.policyKey = :p and q.region = :r and q.period >= :from and q.period <= :to",
                Object[].class).setParameter("p", key).setParameter("r", region).setParameter("from", from.toString())
                .setParameter("to", to.toString()).getSingleResult();
        long sample = row[0] == null ? 0 : ((Number) row[0]).longValue();
        if (sample == 0) {
            return new EffectivenessView.Quality(from.toString(), to.toString(), 0, null, null);
        }
        return new EffectivenessView.Quality(from.toString(), to.toString(), sample,
                ((Number) row[1]).doubleValue() / sample, ((Number) row[2]).doubleValue() / sample);
    }

    /** After minus before, in rate points; null unless both are known. */
    private static Double change(Double before, Double after) {
        return before == null || after == null ? null : after - before;
    }
}
