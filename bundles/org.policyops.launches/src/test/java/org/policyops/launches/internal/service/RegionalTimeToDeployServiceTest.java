package org.policyops.launches.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyops.api.RegionCode;
import org.policyops.api.SemanticVersion;
import org.policyops.api.launches.RegionalTimeToDeployStat;
import org.policyops.launches.internal.domain.Percentiles;
import org.policyops.launches.internal.domain.Quarters;
import org.policyops.launches.internal.entity.LaunchEntity;
import org.policyops.launches.internal.entity.LaunchRegionEntity;
import org.policyops.launches.internal.testing.Fixture;

/** The database's median and p90 per quarter and region are the nearest-rank ones, as planning computes them. */
class RegionalTimeToDeployServiceTest {

    private final Fixture f = new Fixture(null);

    @AfterEach
    void tearDown() {
        f.close();
    }

    /** One launch with one region that entered enforcement at {@code enforced}, with the given version dates. */
    private void enforced(String region, Instant enforced, Instant dev, Instant approved) {
        f.jpa.tx(em -> {
            LaunchEntity l = new LaunchEntity(new LaunchEntity.Content("t", "hate-speech", SemanticVersion.parse("1.0.0"),
                    List.of(new LaunchEntity.RegionPlan(RegionCode.of(region), null)), null, null), "p", enforced);
            em.persist(l);
            LaunchRegionEntity r = l.getRegions().get(0);
            l.approve(r, "p", enforced, false);
            l.startEnforcement(r, "p", enforced, enforced, dev, approved);
        });
    }

    private static Instant at(String day) {
        return Instant.parse(day + "T12:00:00Z");
    }

    @Test
    void medianAndP90AreNearestRankPerQuarterAndRegion() {
        Instant q4 = at("2026-11-10");
        for (int i = 1; i <= 10; i++) {
            // EU: 10..100 days; approvals 1..4 days before enforcement for four of them, one approval after it.
            Instant approved = i <= 4 ? q4.minus(Duration.ofDays(i)) : i == 5 ? q4.plus(Duration.ofHours(1)) : null;
            enforced("EU", q4, q4.minus(Duration.ofDays(10L * i)), approved);
        }
        enforced("UK", q4, q4.minus(Duration.ofDays(7)), null);
        enforced("UK", q4, q4.minus(Duration.ofDays(5)), null);
        enforced("UK", q4, null, null); // no development date known: left out
        enforced("EU", at("2026-08-03"), at("2026-07-31"), null);
        enforced("EU", at("2027-01-02"), at("2026-12-01"), null); // outside the period

        List<RegionalTimeToDeployStat> stats = f.timeToDeploy.byQuarterAndRegion(LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 12, 31));
        assertEquals(3, stats.size(), stats.toString());
        RegionalTimeToDeployStat q3 = stats.get(0);
        assertEquals("2026-Q3", q3.quarter());
        assertEquals(1, q3.count());
        assertEquals(3.0, q3.medianDays());
        assertEquals(3.0, q3.p90Days());
        RegionalTimeToDeployStat eu = stats.get(1);
        assertEquals("2026-Q4", eu.quarter());
        assertEquals(RegionCode.of("EU"), eu.region());
        assertEquals(10, eu.count());
        assertEquals(50.0, eu.medianDays());
        assertEquals(90.0, eu.p90Days());
        assertEquals(4, eu.approvedCount());
        assertEquals(2.0, eu.medianFromApprovalDays());
        assertEquals(4.0, eu.p90FromApprovalDays());
        RegionalTimeToDeployStat uk = stats.get(2);
        assertEquals(RegionCode.of("UK"), uk.region());
        assertEquals(2, uk.count());
        assertEquals(5.0, uk.medianDays(), "the median of an even count is the lower middle value");
        assertEquals(7.0, uk.p90Days());
        assertEquals(0, uk.approvedCount());
        assertNull(uk.medianFromApprovalDays());
    }

    @Test
    void theDatabaseAgreesWithTheReferenceOnRandomData() {
        Random random = new Random(20261122);
        String[] regions = { "EU", "UK", "US", "BR", "IN" };
        Map<String, List<Double>> expected = new TreeMap<>();
        Map<String, List<Double>> expectedApproval = new HashMap<>();
        for (int i = 0; i < 300; i++) {
            String region = regions[random.nextInt(regions.length)];
            Instant enforced = at("2026-01-01").plus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
            Instant dev = enforced.minus(Duration.ofMinutes(random.nextInt(200 * 24 * 60)));
            Instant approved = random.nextBoolean() ? null : enforced.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 60)));
            enforced(region, enforced, dev, approved);
            String key = Quarters.of(enforced) + " " + region;
            expected.computeIfAbsent(key, k -> new ArrayList<>()).add(days(dev, enforced));
            if (approved != null) {
                expectedApproval.computeIfAbsent(key, k -> new ArrayList<>()).add(days(approved, enforced));
            }
        }
        List<RegionalTimeToDeployStat> stats = f.timeToDeploy.byQuarterAndRegion(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31).plusDays(1));
        assertEquals(expected.size(), stats.size());
        int i = 0;
        for (Map.Entry<String, List<Double>> e : expected.entrySet()) {
            RegionalTimeToDeployStat s = stats.get(i++);
            assertEquals(e.getKey(), s.quarter() + " " + s.region());
            List<Double> sorted = e.getValue().stream().sorted().toList();
            assertEquals(sorted.size(), s.count());
            assertEquals(Percentiles.nearestRank(sorted, 50), s.medianDays(), 0.0, e.getKey());
            assertEquals(Percentiles.nearestRank(sorted, 90), s.p90Days(), 0.0, e.getKey());
            List<Double> approvals = expectedApproval.getOrDefault(e.getKey(), List.of()).stream().sorted().toList();
            assertEquals(approvals.size(), s.approvedCount());
            assertEquals(Percentiles.nearestRank(approvals, 50), s.medianFromApprovalDays(), e.getKey());
            assertEquals(Percentiles.nearestRank(approvals, 90), s.p90FromApprovalDays(), e.getKey());
        }
    }

    private static double days(Instant from, Instant to) {
        return Math.round((to.toEpochMilli() - from.toEpochMilli()) / 86_400_000.0 * 100) / 100.0;
    }

    @Test
    void theReportNeedsBothDatesInOrder() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.policyops.core.rest.ProblemException.class,
                () -> f.timeToDeploy.report("2026-12-01", "2026-11-01"));
        assertEquals("to", e.errors().get(0).field());
        e = org.junit.jupiter.api.Assertions.assertThrows(org.policyops.core.rest.ProblemException.class,
                () -> f.timeToDeploy.report(null, "yesterday"));
        assertEquals(List.of("from", "to"), e.errors().stream().map(x -> x.field()).toList());
    }
}
