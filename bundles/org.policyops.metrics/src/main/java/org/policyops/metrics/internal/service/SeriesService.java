package org.policyops.metrics.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.metrics.KpiDefinition;
import org.policyops.core.rest.Dates;
import org.policyops.core.rest.Validator;
import org.policyops.metrics.internal.domain.Dimensions;
import org.policyops.metrics.internal.domain.Period;
import org.policyops.metrics.internal.domain.Series;
import org.policyops.metrics.internal.domain.Thresholds;
import org.policyops.metrics.internal.dto.SeriesView;
import org.policyops.metrics.internal.entity.KpiEntity;

/** A KPI's recorded values over time, one line per combination of dimensions (see {@link Series}). */
@Component(service = SeriesService.class)
public class SeriesService {

    /** Without {@code from}, a series starts this many days before {@code to}. */
    public static final int DEFAULT_DAYS = 90;
    /** The longest series one request reads. */
    public static final int MAX_DAYS = 3660;

    private final JpaTemplate jpa;
    private final KpiService kpis;
    private final Clock clock;

    @Activate
    public SeriesService(@Reference(target = MetricsUnit.TARGET) JpaTemplate jpa, @Reference KpiService kpis) {
        this(jpa, kpis, Clock.systemUTC());
    }

    public SeriesService(JpaTemplate jpa, KpiService kpis, Clock clock) {
        this.jpa = jpa;
        this.kpis = kpis;
        this.clock = clock;
    }

    /**
     * A KPI's line over everything (no dimensions) between two days, read by period; empty when nothing is recorded.
     * For reports: the thresholds in force now give each point's status.
     */
    public List<Series.Point> overall(String id, LocalDate from, LocalDate to, Period period) {
        KpiDefinition d = kpis.definition(id);
        return jpa.txExpr(TransactionType.Required, em -> {
            Thresholds t = KpiService.thresholds(d, em.find(KpiEntity.class, id));
            List<Series.Reading> readings = new ArrayList<>();
            for (Object[] row : em.createQuery("select s.day, s.value from SnapshotEntity s where s.kpiId = :id "
                    + "and s.dimensions = :none and s.day between :a and :b order by s.day", Object[].class)
                    .setParameter("id", id).setParameter("none", Dimensions.key(Map.of()))
                    .setParameter("a", (int) from.toEpochDay()).setParameter("b", (int) to.toEpochDay()).getResultList()) {
                readings.add(new Series.Reading(LocalDate.ofEpochDay(((Number) row[0]).longValue()), ((Number) row[1]).doubleValue()));
            }
            return Series.of(readings, period, t);
        });
    }

    /**
     * @param fromText first day (ISO), default {@value #DEFAULT_DAYS} days before {@code to}
     * @param toText last day (ISO), default today
     * @param region only the lines of this region (normalised code), or null for every line
     * @param periodText day (default), week, month or quarter
     */
    public SeriesView series(String id, String fromText, String toText, String region, String periodText) {
        KpiDefinition d = kpis.definition(id);
        Validator v = new Validator();
        LocalDate to = toText == null ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) : v.parse("to", toText, Dates::date);
        LocalDate from = fromText == null ? (to == null ? null : to.minusDays(DEFAULT_DAYS)) : v.parse("from", fromText, Dates::date);
        Period period = periodText == null ? Period.DAY : v.parse("period", periodText, Period::parse);
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                v.reject("to", "must not be before from (" + from + "), was " + to);
            } else if (to.toEpochDay() - from.toEpochDay() + 1 > MAX_DAYS) {
                v.reject("from", "a series covers at most " + MAX_DAYS + " days");
            }
        }
        v.throwIfInvalid();
        return jpa.txExpr(TransactionType.Required, em -> {
            Thresholds t = KpiService.thresholds(d, em.find(KpiEntity.class, id));
            TypedQuery<Object[]> q = em.createQuery("select s.dimensions, s.day, s.value from SnapshotEntity s "
                    + "where s.kpiId = :id and s.day between :a and :b" + (region == null ? "" : " and s.region = :region")
                    + " order by s.dimensions, s.day", Object[].class)
                    .setParameter("id", id).setParameter("a", (int) from.toEpochDay()).setParameter("b", (int) to.toEpochDay());
            if (region != null) {
                q.setParameter("region", region);
            }
            Map<String, List<Series.Reading>> lines = new TreeMap<>();
            for (Object[] row : q.getResultList()) {
                lines.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                        .add(new Series.Reading(LocalDate.ofEpochDay(((Number) row[1]).longValue()), ((Number) row[2]).doubleValue()));
            }
            List<SeriesView.Line> out = new ArrayList<>();
            lines.forEach((dims, readings) -> out.add(new SeriesView.Line(Dimensions.parse(dims), Series.of(readings, period, t))));
            return new SeriesView(id, d.unit(), d.direction().name(), t.target(), t.warning(), t.critical(),
                    period.name(), from, to, out);
        });
    }
}
