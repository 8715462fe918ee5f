package org.policyops.launches.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyops.api.RegionCode;
import org.policyops.api.SemanticVersion;
import org.policyops.api.metrics.KpiValue;
import org.policyops.launches.internal.entity.LaunchEntity;
import org.policyops.launches.internal.entity.LaunchRegionEntity;
import org.policyops.launches.internal.entity.ReadinessStateEntity;
import org.policyops.launches.internal.testing.Fixture;

/** The launches KPIs as the database computes them: nearest-rank time-to-deploy over 91 days, and the GO share. */
class LaunchKpisTest {

    private final Fixture f = new Fixture(null);
    private final LaunchKpis kpis = new LaunchKpis(f.jpa);

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static Instant at(String day) {
        return Instant.parse(day + "T12:00:00Z");
    }

    /** A launch in the regions; each region enforcing since {@code enforced} after {@code devDays} days, or open. */
    private LaunchEntity launch(Instant enforced, Integer devDays, String... regions) {
        return f.jpa.txExpr(em -> {
            LaunchEntity l = new LaunchEntity(new LaunchEntity.Content("t", "hate-speech", SemanticVersion.parse("1.0.0"),
                    java.util.Arrays.stream(regions).map(r -> new LaunchEntity.RegionPlan(RegionCode.of(r), null)).toList(),
                    null, null), "p", at("2026-01-01"));
            em.persist(l);
            if (enforced != null) {
                for (LaunchRegionEntity r : l.getRegions()) {
                    l.approve(r, "p", enforced, false);
                    l.startEnforcement(r, "p", enforced, enforced, enforced.minus(Duration.ofDays(devDays)), null);
                }
            }
            return l;
        });
    }

    private static Map<String, Double> byKey(List<KpiValue> values, String kpi) {
        return values.stream().filter(v -> v.kpiId().equals(kpi))
                .collect(Collectors.toMap(v -> v.dimensions().getOrDefault(KpiValue.REGION, "*"), KpiValue::value));
    }

    @Test
    void timeToDeployOverTheLastQuarterPerRegionAndOverall() {
        for (int i = 1; i <= 10; i++) {
            launch(at("2026-11-10"), 10 * i, "EU"); // EU: 10..100 days
        }
        launch(at("2026-11-01"), 7, "UK"); // overall: 5, 7, 10 … 100; rank ⌈0.5 × 12⌉ = 6 is 40
        launch(at("2026-12-01"), 5, "UK");
        launch(at("2026-08-01"), 1000, "UK"); // more than 91 days before the day: outside the window
        launch(at("2026-12-07"), 1000, "UK"); // after the day: outside

        List<KpiValue> values = kpis.values(LocalDate.parse("2026-12-06"));
        assertEquals(Map.of("EU", 50.0, "UK", 5.0, "*", 40.0), byKey(values, LaunchKpis.TTD_MEDIAN));
        assertEquals(Map.of("EU", 90.0, "UK", 7.0, "*", 90.0), byKey(values, LaunchKpis.TTD_P90));
        KpiValue overall = values.stream().filter(v -> v.kpiId().equals(LaunchKpis.TTD_MEDIAN) && v.dimensions().isEmpty())
                .findFirst().orElseThrow();
        assertEquals(12, overall.basis());

        // Backfilled for a past day, the window moves: on 5 November only UK's start of 1 November counts.
        assertEquals(Map.of("UK", 7.0, "*", 7.0), byKey(kpis.values(LocalDate.parse("2026-11-05")), LaunchKpis.TTD_MEDIAN));
        assertTrue(kpis.values(LocalDate.parse("2025-01-01")).isEmpty());
    }

    @Test
    void goShareOfOpenRegions() {
        LaunchEntity a = launch(null, null, "EU", "UK");
        LaunchEntity b = launch(null, null, "EU");
        launch(at("2026-11-10"), 10, "EU"); // enforcing: not open
        Instant now = at("2026-12-01");
        f.jpa.tx(em -> {
            em.persist(new ReadinessStateEntity(a.getId(), "EU", "GO", now));
            em.persist(new ReadinessStateEntity(a.getId(), "UK", "NO_GO", now));
            em.persist(new ReadinessStateEntity(b.getId(), "EU", "NO_GO", now));
        });
        assertEquals(Map.of("EU", 0.5, "UK", 0.0, "*", 1 / 3.0), byKey(kpis.values(LocalDate.parse("2026-12-06")),
                LaunchKpis.READINESS_GO));
        assertEquals(3, kpis.kpis().size());
    }
}
