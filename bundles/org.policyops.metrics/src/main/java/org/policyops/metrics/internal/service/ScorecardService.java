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
import org.policyops.metrics.internal.entity.SnapshotEntity;

/**
 * Every KPI's values of its latest snapshot day, with the value of the snapshot day before it, the change and the
 * status. Each KPI's two latest days are read on the (KPI, day) index (two rows a KPI, however long the history), then
 * the values of those days in one query: the cost follows the number of KPIs and regions, not the history's length.
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

    @Override
    public List<KpiScore> scorecard(String region) {
        Map<String, KpiProviders.Provided> kpis = providers.kpis();
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<String, Thresholds> thresholds = KpiService.thresholds(em, kpis);
            // Each KPI's two latest snapshot days, read backwards on the (KPI, day) index: two rows per KPI.
            Map<String, int[]> days = new HashMap<>();
            Set<Integer> allDays = new HashSet<>();
            for (String id : kpis.keySet()) {
                List<Integer> latest = em.createQuery("select distinct s.day from SnapshotEntity s where s.kpiId = :id "
                        + "order by s.day desc", Integer.class).setParameter("id", id).setMaxResults(2).getResultList();
                if (!latest.isEmpty()) {
                    days.put(id, latest.stream().mapToInt(Integer::intValue).toArray());
                    allDays.addAll(latest);
                }
            }
            Map<String, List<SnapshotEntity>> latestRows = new HashMap<>();
            Map<String, Double> previous = new HashMap<>();
            if (!days.isEmpty()) {
                TypedQuery<SnapshotEntity> q = em.createQuery("select s from SnapshotEntity s where s.kpiId in :ids "
                        + "and s.day in :days" + (region == null ? "" : " and s.region = :region"), SnapshotEntity.class)
                        .setParameter("ids", days.keySet()).setParameter("days", allDays);
                if (region != null) {
                    q.setParameter("region", region);
                }
                for (SnapshotEntity s : q.getResultList()) {
                    int[] d = days.get(s.getKpiId());
                    if (s.getDay() == d[0]) {
                        latestRows.computeIfAbsent(s.getKpiId(), k -> new ArrayList<>()).add(s);
                    } else if (d.length > 1 && s.getDay() == d[1]) {
                        previous.put(s.getKpiId() + "|" + s.getDimensions(), s.getValue());
                    }
                }
            }
            List<KpiScore> out = new ArrayList<>();
            kpis.values().stream().map(KpiProviders.Provided::definition).sorted(Comparator.comparing(KpiDefinition::id))
                    .forEach(d -> {
                        Thresholds t = thresholds.get(d.id());
                        List<SnapshotEntity> rows = latestRows.getOrDefault(d.id(), List.of());
                        if (rows.isEmpty()) {
                            out.add(new KpiScore(d.id(), d.name(), d.unit(), Map.of(), null, null, null, null, t.target(),
                                    KpiStatus.NO_DATA));
                        }
                        rows.stream().sorted(Comparator.comparing(SnapshotEntity::getDimensions)).forEach(s -> {
                            Double prev = previous.get(s.getKpiId() + "|" + s.getDimensions());
                            out.add(new KpiScore(d.id(), d.name(), d.unit(), Dimensions.parse(s.getDimensions()),
                                    LocalDate.ofEpochDay(s.getDay()), s.getValue(), prev,
                                    prev == null ? null : Math.round((s.getValue() - prev) * 1e6) / 1e6, t.target(),
                                    t.status(s.getValue())));
                        });
                    });
            return out;
        });
    }
}
