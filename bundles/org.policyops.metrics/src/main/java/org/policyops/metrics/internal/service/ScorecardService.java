package org.policyops.metrics.internal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.metrics.KpiDefinition;
import org.policyops.api.metrics.KpiScore;
import org.policyops.api.metrics.KpiScorecard;
import org.policyops.api.metrics.KpiStatus;
import org.policyops.metrics.internal.domain.Dimensions;
import org.policyops.metrics.internal.domain.Thresholds;

/**
 * Every KPI's values of its latest snapshot day, with the value of the snapshot day before it, the change and the
 * status. Each KPI's two latest days are read on the (KPI, day descending) index (one entry each, however long the
 * history), then the values of those days in one query: the cost follows the number of KPIs and regions, not the
 * history's length.
 */
@Component(service = { KpiScorecard.class, ScorecardService.class })
public class ScorecardService implements KpiScorecard {

    private final JpaTemplate jpa;
    private final KpiProviders providers;

    @Activate
    public ScorecardService(@Reference(target = MetricsUnit.TARGET) JpaTemplate jpa, @Reference KpiProviders providers) {
        this.jpa = jpa;
        this.providers = providers;
    }

    /**
     * The KPI's latest snapshot day before {@code before} (null: its latest day), or null when it has none. Ordered as
     * the index is (KPI, then day descending), so the database reads the first entry of the KPI's range and stops.
     */
    private static Integer firstDayBefore(javax.persistence.EntityManager em, String id, Integer before) {
        TypedQuery<Integer> q = em.createQuery("select s.day from SnapshotEntity s where s.kpiId = :id"
                + (before == null ? "" : " and s.day < :before") + " order by s.kpiId, s.day desc", Integer.class)
                .setParameter("id", id).setMaxResults(1);
        if (before != null) {
            q.setParameter("before", before);
        }
        List<Integer> found = q.getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<KpiScore> scorecard(String region) {
        Map<String, KpiProviders.Provided> kpis = providers.kpis();
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<String, Thresholds> thresholds = KpiService.thresholds(em, kpis);
            // Each KPI's two latest snapshot days: two reads of one entry each at the start of the KPI's range of the
            // (KPI, day descending) index, however long the history.
            Map<String, int[]> days = new HashMap<>();
            Set<Integer> allDays = new HashSet<>();
            for (String id : kpis.keySet()) {
                Integer latest = firstDayBefore(em, id, null);
                if (latest != null) {
                    Integer before = firstDayBefore(em, id, latest);
                    days.put(id, before == null ? new int[] { latest } : new int[] { latest, before });
                    allDays.add(latest);
                    if (before != null) {
                        allDays.add(before);
                    }
                }
            }
            // Then the values of those days, as plain columns (no entities to build).
            Map<String, List<Object[]>> latestRows = new HashMap<>();
            Map<String, Double> previous = new HashMap<>();
            if (!days.isEmpty()) {
                TypedQuery<Object[]> q = em.createQuery("select s.kpiId, s.day, s.dimensions, s.value from SnapshotEntity s "
                        + "where s.kpiId in :ids and s.day in :days" + (region == null ? "" : " and s.region = :region"),
                        Object[].class).setParameter("ids", days.keySet()).setParameter("days", allDays);
                if (region != null) {
                    q.setParameter("region", region);
                }
                for (Object[] row : q.getResultList()) {
                    String kpi = (String) row[0];
                    int day = ((Number) row[1]).intValue();
                    int[] d = days.get(kpi);
                    if (day == d[0]) {
                        latestRows.computeIfAbsent(kpi, k -> new ArrayList<>()).add(row);
                    } else if (d.length > 1 && day == d[1]) {
                        previous.put(kpi + "|" + row[2], ((Number) row[3]).doubleValue());
                    }
                }
            }
            List<KpiScore> out = new ArrayList<>();
            kpis.values().stream().map(KpiProviders.Provided::definition).sorted(Comparator.comparing(KpiDefinition::id))
                    .forEach(d -> {
                        Thresholds t = thresholds.get(d.id());
                        List<Object[]> rows = latestRows.getOrDefault(d.id(), List.of());
                        if (rows.isEmpty()) {
                            out.add(new KpiScore(d.id(), d.name(), d.unit(), Map.of(), null, null, null, null, t.target(),
                                    KpiStatus.NO_DATA));
                        }
                        rows.stream().sorted(Comparator.comparing(r -> (String) r[2])).forEach(r -> {
                            String dims = (String) r[2];
                            double value = ((Number) r[3]).doubleValue();
                            Double prev = previous.get(d.id() + "|" + dims);
                            out.add(new KpiScore(d.id(), d.name(), d.unit(), Dimensions.parse(dims),
                                    LocalDate.ofEpochDay(((Number) r[1]).longValue()), value, prev,
                                    prev == null ? null : Math.round((value - prev) * 1e6) / 1e6, t.target(),
                                    t.status(value)));
                        });
                    });
            return out;
        });
    }
}
