package org.policyops.metrics.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyops.api.health.HealthIndicator;
import org.policyops.api.health.HealthStatus;
import org.policyops.api.metrics.KpiScore;
import org.policyops.api.metrics.KpiStatus;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Tagged;
import org.policyops.metrics.internal.dto.BackfillReport;
import org.policyops.metrics.internal.dto.BackfillRequest;
import org.policyops.metrics.internal.dto.KpiRequest;
import org.policyops.metrics.internal.dto.KpiView;
import org.policyops.metrics.internal.dto.SeriesView;
import org.policyops.testing.Callers;
import org.policyops.testing.LocalJpa;
import org.policyops.testing.MovableClock;

class MetricsServicesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final LocalJpa jpa = LocalJpa.create("policyops-metrics");
    private final MovableClock clock = new MovableClock(NOW);
    private final TestProvider provider = new TestProvider();
    private final KpiProviders providers = KpiProviders.of(List.of(provider));
    private final KpiService kpis = new KpiService(jpa, providers, clock);
    private final SnapshotService snapshots = new SnapshotService(jpa, providers, clock);
    private final SeriesService series = new SeriesService(jpa, kpis, clock);
    private final ScorecardService scorecard = new ScorecardService(jpa, providers);

    @AfterEach
    void close() {
        snapshots.deactivate();
        jpa.close();
    }

    @Test
    void registryShowsDefaultsAndTakesChangesWithIfMatch() {
        List<KpiView> all = kpis.list();
        assertEquals(List.of(TestProvider.BACKLOG, TestProvider.COVERAGE), all.stream().map(KpiView::id).toList());
        Tagged<KpiView> coverage = kpis.get(TestProvider.COVERAGE);
        assertEquals(KpiService.DEFAULTS_VERSION, coverage.version());
        assertFalse(coverage.body().customized());
        assertEquals(0.3, coverage.body().target());

        ProblemException stale = assertThrows(ProblemException.class, () -> kpis.update(TestProvider.COVERAGE, "\"0\"",
                new KpiRequest(0.5, 0.4, 0.2, null), Callers.admin("ada")));
        assertEquals(412, stale.status());

        Tagged<KpiView> changed = kpis.update(TestProvider.COVERAGE, "\"-1\"", new KpiRequest(0.5, 0.4, 0.2, "Team C"),
                Callers.admin("ada"));
        assertEquals(1, changed.version());
        assertEquals(412, assertThrows(ProblemException.class, () -> kpis.update(TestProvider.COVERAGE, "\"-1\"",
                new KpiRequest(0.5, 0.4, 0.2, null), Callers.admin("ada"))).status(), "the defaults' ETag is stale now");
        assertTrue(changed.body().customized());
        assertEquals(0.5, changed.body().target());
        assertEquals("Team C", changed.body().owner());
        assertEquals(0.3, changed.body().defaults().target());
        assertEquals("ada", changed.body().updatedBy());

        Tagged<KpiView> again = kpis.update(TestProvider.COVERAGE, "\"1\"", new KpiRequest(0.6, 0.4, 0.2, null),
                Callers.admin("ada"));
        assertEquals(2, again.version());
        assertEquals("Team A", again.body().owner(), "no owner: the provider's");
        assertEquals(0.6, kpis.get(TestProvider.COVERAGE).body().target());
    }

    @Test
    void badThresholdsAreA400NamingTheField() {
        ProblemException e = assertThrows(ProblemException.class, () -> kpis.update(TestProvider.BACKLOG, "*",
                new KpiRequest(5.0, 3.0, null, null), Callers.admin("ada")));
        assertEquals(400, e.status());
        assertEquals("critical", e.errors().get(0).field());
        ProblemException order = assertThrows(ProblemException.class, () -> kpis.update(TestProvider.BACKLOG, "*",
                new KpiRequest(5.0, 3.0, 20.0, null), Callers.admin("ada")));
        assertEquals("warning", order.errors().get(0).field());
        assertEquals(404, assertThrows(ProblemException.class, () -> kpis.get("nope")).status());
        assertEquals(0, jpa.count("KpiEntity"));
    }

    @Test
    void aDaysSnapshotIsTakenOncePerDatabase() {
        LocalDate day = LocalDate.parse("2026-12-06");
        assertTrue(snapshots.take(day).isPresent());
        assertEquals(4, jpa.count("SnapshotEntity"));
        assertTrue(snapshots.take(day).isEmpty());
        // A second node on the same database finds the marker and records nothing.
        try (LocalJpa sameDb = LocalJpa.named("policyops-metrics", "metricsShared", Map.of());
                LocalJpa sameDbNode2 = LocalJpa.named("policyops-metrics", "metricsShared", Map.of())) {
            SnapshotService node1 = new SnapshotService(sameDb, providers, clock);
            SnapshotService node2 = new SnapshotService(sameDbNode2, providers, clock);
            assertTrue(node1.take(day).isPresent());
            assertTrue(node2.take(day).isEmpty());
            assertEquals(4, sameDb.count("SnapshotEntity"));
            node1.deactivate();
            node2.deactivate();
        }
    }

    @Test
    void backfillRecordsPastDaysOfBackfillableKpisOnly() {
        snapshots.take(LocalDate.parse("2026-12-03"));
        BackfillReport r = snapshots.backfill(new BackfillRequest("2026-12-01", "2026-12-06"));
        assertEquals(6, r.days());
        assertEquals(List.of(TestProvider.COVERAGE), r.kpis());
        assertEquals(List.of(TestProvider.BACKLOG), r.notBackfillable());
        assertEquals(1, r.alreadyRecorded(), "3 December was recorded by its snapshot");
        assertEquals(5 * 3, r.values());
        assertEquals(4 + 15, jpa.count("SnapshotEntity"));

        BackfillReport again = snapshots.backfill(new BackfillRequest("2026-12-01", "2026-12-06"));
        assertEquals(0, again.values());
        assertEquals(6, again.alreadyRecorded());

        ProblemException today = assertThrows(ProblemException.class,
                () -> snapshots.backfill(new BackfillRequest("2026-12-01", "2026-12-07")));
        assertEquals("to", today.errors().get(0).field());
        ProblemException tooLong = assertThrows(ProblemException.class,
                () -> snapshots.backfill(new BackfillRequest("2020-01-01", "2026-12-06")));
        assertEquals("from", tooLong.errors().get(0).field());
        ProblemException missing = assertThrows(ProblemException.class,
                () -> snapshots.backfill(new BackfillRequest(null, "yesterday")));
        assertEquals(2, missing.errors().size());
    }

    @Test
    void aBackfillLeavesWhatTheDailySnapshotRecordedWhileItComputed() {
        LocalDate yesterday = LocalDate.parse("2026-12-06");
        SnapshotService otherNode = new SnapshotService(jpa, providers, clock);
        provider.onValues = day -> {
            if (day.equals(yesterday.minusDays(1))) {
                provider.onValues = null;
                assertTrue(otherNode.take(yesterday).isPresent()); // commits while the backfill computes
            }
        };
        BackfillReport r = snapshots.backfill(new BackfillRequest("2026-12-04", "2026-12-06"));
        assertEquals(0, r.alreadyRecorded(), "nothing was recorded when the backfill looked");
        assertEquals(2 * 3, r.values(), "the snapshot's values of 6 December were kept");
        assertEquals(2 * 3 + 4, jpa.count("SnapshotEntity"));
        otherNode.deactivate();
    }

    @Test
    void onlyAUniqueKeyViolationCountsAsACollision() {
        assertTrue(SnapshotService.collided(new RuntimeException(new javax.persistence.PersistenceException(
                new java.sql.SQLIntegrityConstraintViolationException("dup", "23505")))));
        assertFalse(SnapshotService.collided(new RuntimeException(new java.sql.SQLException("gone", "08006"))));
        assertFalse(SnapshotService.collided(new IllegalStateException()));
    }

    @Test
    void seriesByRegionWithChange() {
        snapshots.backfill(new BackfillRequest("2026-11-25", "2026-12-06"));
        SeriesView eu = series.series(TestProvider.COVERAGE, "2026-11-29", "2026-12-02", "EU", null);
        assertEquals(1, eu.series().size());
        assertEquals(Map.of("region", "EU"), eu.series().get(0).dimensions());
        List<org.policyops.metrics.internal.domain.Series.Point> points = eu.series().get(0).points();
        assertEquals(4, points.size());
        assertEquals(0.29, points.get(0).value());
        assertEquals(0.3, points.get(1).value());
        assertEquals(0.01, points.get(1).change());
        assertEquals(0.01, points.get(2).value(), "1 December");
        assertEquals(-0.29, points.get(2).change());
        assertEquals(KpiStatus.CRITICAL, points.get(2).status());
        assertEquals(KpiStatus.ON_TARGET, points.get(1).status());

        SeriesView all = series.series(TestProvider.COVERAGE, null, null, null, "week");
        assertEquals(3, all.series().size(), "overall, EU and UK");
        assertEquals(Map.of(), all.series().get(0).dimensions());
        assertEquals(LocalDate.parse("2026-12-07"), all.to());
        assertEquals(LocalDate.parse("2026-09-08"), all.from());
        assertEquals("WEEK", all.period());

        ProblemException bad = assertThrows(ProblemException.class,
                () -> series.series(TestProvider.COVERAGE, "2026-12-02", "2026-12-01", null, "fortnight"));
        assertEquals(2, bad.errors().size());
    }

    @Test
    void scorecardShowsLatestValuesWithChangeAndStatus() {
        List<KpiScore> empty = scorecard.scorecard(null);
        assertEquals(2, empty.size());
        assertTrue(empty.stream().allMatch(s -> s.status() == KpiStatus.NO_DATA && s.value() == null));

        snapshots.take(LocalDate.parse("2026-12-05"));
        provider.backlog = 12;
        snapshots.take(LocalDate.parse("2026-12-06"));
        List<KpiScore> all = scorecard.scorecard(null);
        assertEquals(4, all.size());
        KpiScore backlog = all.get(0);
        assertEquals(TestProvider.BACKLOG, backlog.kpiId());
        assertEquals(12.0, backlog.value());
        assertEquals(7.0, backlog.previous());
        assertEquals(5.0, backlog.change());
        assertEquals(KpiStatus.WARNING, backlog.status());
        assertEquals(LocalDate.parse("2026-12-06"), backlog.day());

        List<KpiScore> uk = scorecard.scorecard("UK");
        assertEquals(2, uk.size());
        assertEquals(KpiStatus.NO_DATA, uk.get(0).status(), "backlog has no UK value");
        assertEquals(0.12, uk.get(1).value());
        assertEquals(0.02, uk.get(1).change());
        assertEquals(KpiStatus.WARNING, uk.get(1).status());
    }

    @Test
    void eachKpiShowsItsOwnLatestTwoDays() {
        snapshots.take(LocalDate.parse("2026-12-01"));
        provider.backlog = 3;
        snapshots.take(LocalDate.parse("2026-12-03"));
        snapshots.backfill(new BackfillRequest("2026-10-01", "2026-12-06")); // coverage only: it computes past days
        List<KpiScore> all = scorecard.scorecard(null);
        KpiScore backlog = all.get(0);
        assertEquals(LocalDate.parse("2026-12-03"), backlog.day());
        assertEquals(3.0, backlog.value());
        assertEquals(7.0, backlog.previous());
        assertEquals(KpiStatus.ON_TARGET, backlog.status());
        KpiScore overall = all.get(1);
        assertEquals(Map.of(), overall.dimensions());
        assertEquals(LocalDate.parse("2026-12-06"), overall.day());
        assertEquals(0.09, overall.value(), 1e-9);
        assertEquals(0.075, overall.previous(), 1e-9);
        assertEquals(KpiStatus.CRITICAL, overall.status());
        assertEquals(List.of(Map.of(), Map.of("region", "EU"), Map.of("region", "UK")),
                all.stream().filter(s -> s.kpiId().equals(TestProvider.COVERAGE)).map(KpiScore::dimensions).toList());
    }

    @Test
    void schedulerTakesTheDueSnapshotOnceTheDomainsAreReady() {
        AtomicBoolean ready = new AtomicBoolean(false);
        HealthIndicator domain = new HealthIndicator() {
            @Override
            public String domain() {
                return "training";
            }

            @Override
            public HealthStatus check() {
                return ready.get() ? HealthStatus.ready("ok") : HealthStatus.notReady("loading");
            }
        };
        TestConfig config = new TestConfig();
        SnapshotScheduler scheduler = new SnapshotScheduler(snapshots, config, clock, () -> List.of(domain));
        assertNull(scheduler.tick(), "training is still loading");
        assertEquals(0, provider.calls.get());
        ready.set(true);
        assertEquals(LocalDate.parse("2026-12-06"), scheduler.tick());
        assertEquals(1, provider.calls.get());
        assertEquals(LocalDate.parse("2026-12-06"), scheduler.tick());
        assertEquals(1, provider.calls.get(), "taken: not asked again");

        clock.set(Instant.parse("2026-12-08T00:14:00Z"));
        scheduler.tick();
        assertEquals(1, provider.calls.get(), "7 December is due from 00:15 on the 8th");
        clock.set(Instant.parse("2026-12-08T00:16:00Z"));
        assertEquals(LocalDate.parse("2026-12-07"), scheduler.tick());
        assertEquals(2, provider.calls.get());

        config.snapshotEnabled = false;
        scheduler.configure(config);
        clock.set(Instant.parse("2026-12-09T01:00:00Z"));
        assertNull(scheduler.tick());
        assertEquals(2, provider.calls.get());
    }

    @Test
    void aFailingProviderIsLeftOutOfTheSnapshot() {
        provider.fail = true;
        assertTrue(snapshots.take(LocalDate.parse("2026-12-06")).orElseThrow().contains("providers failed"));
        assertEquals(0, jpa.count("SnapshotEntity"));
    }
}
