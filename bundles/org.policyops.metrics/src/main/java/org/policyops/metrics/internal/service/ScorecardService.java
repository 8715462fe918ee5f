package org.policyops.metrics.internal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
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
 * status; read with three queries whatever the number of KPIs and regions.
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
            List<SnapshotEntity> latest = rows(em, "s.day = (select max(s2.day) from SnapshotEntity s2 where s2.kpiId = s.kpiId)", region);
            List<SnapshotEntity> before = rows(em, "s.day = (select max(s2.day) from SnapshotEntity s2 where s2.kpiId = s.kpiId"
                    + " and s2.day < (select max(s3.day) from SnapshotEntity s3 where s3.kpiId = s.kpiId))", region);
            Map<String, Double> previous = new HashMap<>();
            for (SnapshotEntity s : before) {
                previous.put(s.getKpiId() + "|" + s.getDimensions(), s.getValue());
            }
            Map<String, List<SnapshotEntity>> byKpi = new HashMap<>();
            for (SnapshotEntity s : latest) {
                byKpi.computeIfAbsent(s.getKpiId(), k -> new ArrayList<>()).add(s);
            }
            List<KpiScore> out = new ArrayList<>();
            kpis.values().stream().map(KpiProviders.Provided::definition).sorted(Comparator.comparing(KpiDefinition::id))
                    .forEach(d -> {
                        Thresholds t = thresholds.get(d.id());
                        List<SnapshotEntity> rows = byKpi.getOrDefault(d.id(), List.of());
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

    private static List<SnapshotEntity> rows(EntityManager em, String dayCondition, String region) {
        TypedQuery<SnapshotEntity> q = em.createQuery("select s from SnapshotEntity s where " + dayCondition
                + (region == null ? "" : " and s.region = :region"), SnapshotEntity.class);
        if (region != null) {
            q.setParameter("region", region);
        }
        return q.getResultList();
    }
}
