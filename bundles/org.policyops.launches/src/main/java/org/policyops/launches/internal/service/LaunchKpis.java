package org.policyops.launches.internal.service;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.launches.Readiness;
import org.policyops.api.metrics.KpiDefinition;
import org.policyops.api.metrics.KpiDefinition.Cadence;
import org.policyops.api.metrics.KpiDefinition.Direction;
import org.policyops.api.metrics.KpiProvider;
import org.policyops.api.metrics.KpiValue;
import org.policyops.launches.internal.domain.RegionStatus;

/**
 * The launches domain's north-star KPIs for the metrics feature (which needs only this service; launches works the
 * same without it): time-to-deploy median and 90th percentile over the last quarter, overall and per region, and the
 * share of open launch regions whose readiness is GO. Every figure is computed by the database.
 */
@Component(service = KpiProvider.class)
public class LaunchKpis implements KpiProvider {

    public static final String TTD_MEDIAN = "time-to-deploy-median";
    public static final String TTD_P90 = "time-to-deploy-p90";
    public static final String READINESS_GO = "readiness-go-share";

    /** Time-to-deploy is measured over the enforcement starts of this many days up to the day (a quarter). */
    static final int WINDOW_DAYS = 91;

    private static final String LAUNCH_OPS = "Policy Launch Operations";

    private static final List<KpiDefinition> KPIS = List.of(
            new KpiDefinition(TTD_MEDIAN, "Time-to-deploy (median)", "Median days from a policy version entering "
                    + "development to enforcement starting in a region, over the enforcement starts of the last "
                    + WINDOW_DAYS + " days (nearest rank).", "days", Direction.LOWER_IS_BETTER, 60, 75, 90, LAUNCH_OPS,
                    Cadence.QUARTERLY, List.of(KpiValue.REGION), true),
            new KpiDefinition(TTD_P90, "Time-to-deploy (p90)", "90th percentile of the days from a policy version entering "
                    + "development to enforcement starting in a region, over the enforcement starts of the last "
                    + WINDOW_DAYS + " days (nearest rank).", "days", Direction.LOWER_IS_BETTER, 90, 110, 130, LAUNCH_OPS,
                    Cadence.QUARTERLY, List.of(KpiValue.REGION), true),
            new KpiDefinition(READINESS_GO, "Readiness GO share", "Share of the open launch regions (planned or approved) "
                    + "whose latest readiness evaluation is GO. Measured as it stands now.", "ratio",
                    Direction.HIGHER_IS_BETTER, 0.8, 0.6, 0.4, LAUNCH_OPS, Cadence.WEEKLY, List.of(KpiValue.REGION), false));

    private final JpaTemplate jpa;

    @Activate
    public LaunchKpis(@Reference(target = LaunchesUnit.TARGET) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public List<KpiDefinition> kpis() {
        return KPIS;
    }

    @Override
    public List<KpiValue> values(LocalDate asOf) {
        long end = asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long start = asOf.minusDays(WINDOW_DAYS - 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        return jpa.txExpr(TransactionType.Required, em -> {
            List<KpiValue> out = new ArrayList<>();
            for (Object[] row : RegionalTimeToDeployService.percentiles(em, "REGION",
                    RegionalTimeToDeployService.DEVELOPMENT, start, end)) {
                String region = (String) row[0];
                long n = ((Number) row[1]).longValue();
                out.add(KpiValue.ofRegion(TTD_MEDIAN, region, ((Number) row[2]).doubleValue(), n));
                out.add(KpiValue.ofRegion(TTD_P90, region, ((Number) row[3]).doubleValue(), n));
            }
            overall(em, start, end, out);
            readiness(em, out);
            return out;
        });
    }

    /**
     * Over all regions: the values at the nearest ranks, each read with ORDER BY and OFFSET so that the database sorts
     * and hands over one row.
     */
    private static void overall(EntityManager em, long start, long end, List<KpiValue> out) {
        String where = " FROM LAUNCH_REGION WHERE ENFORCEMENT_STARTED_AT >= ?1 AND ENFORCEMENT_STARTED_AT < ?2"
                + " AND DEV_STARTED_AT IS NOT NULL AND DEV_STARTED_AT <= ENFORCEMENT_STARTED_AT";
        long n = ((Number) em.createNativeQuery("SELECT COUNT(*)" + where).setParameter(1, start).setParameter(2, end)
                .getSingleResult()).longValue();
        if (n == 0) {
            return;
        }
        for (Object[] kpi : new Object[][] { { TTD_MEDIAN, 50 }, { TTD_P90, 90 } }) {
            long rank = ((int) kpi[1] * n + 99) / 100;
            Number days = (Number) em.createNativeQuery("SELECT ROUND((ENFORCEMENT_STARTED_AT - DEV_STARTED_AT) / 86400000.0, 2)"
                    + where + " ORDER BY ENFORCEMENT_STARTED_AT - DEV_STARTED_AT, ID OFFSET ?3 ROWS FETCH NEXT 1 ROWS ONLY")
                    .setParameter(1, start).setParameter(2, end).setParameter(3, rank - 1).getSingleResult();
            out.add(KpiValue.overall((String) kpi[0], days.doubleValue(), n));
        }
    }

    /** Open launch regions and, of them, those whose latest readiness is GO: two grouped counts. */
    private static void readiness(EntityManager em, List<KpiValue> out) {
        List<RegionStatus> open = List.of(RegionStatus.PLANNED, RegionStatus.APPROVED);
        Map<String, Long> go = new HashMap<>();
        for (Object[] row : em.createQuery("select r.region, count(r) from LaunchRegionEntity r, ReadinessStateEntity s "
                + "where s.launchId = r.launch.id and s.region = r.region and r.status in :open and s.readiness = :go "
                + "group by r.region", Object[].class).setParameter("open", open)
                .setParameter("go", Readiness.GO.name()).getResultList()) {
            go.put((String) row[0], ((Number) row[1]).longValue());
        }
        long allOpen = 0;
        long allGo = 0;
        for (Object[] row : em.createQuery("select r.region, count(r) from LaunchRegionEntity r where r.status in :open "
                + "group by r.region order by r.region", Object[].class).setParameter("open", open).getResultList()) {
            long n = ((Number) row[1]).longValue();
            long g = go.getOrDefault((String) row[0], 0L);
            out.add(KpiValue.ofRegion(READINESS_GO, (String) row[0], (double) g / n, n));
            allOpen += n;
            allGo += g;
        }
        if (allOpen > 0) {
            out.add(KpiValue.overall(READINESS_GO, (double) allGo / allOpen, allOpen));
        }
    }
}
