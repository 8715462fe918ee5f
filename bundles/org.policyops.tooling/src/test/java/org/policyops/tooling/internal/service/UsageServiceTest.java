package org.policyops.tooling.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyops.api.tooling.AdoptionInfo;
import org.policyops.api.tooling.WeeklyActive;
import org.policyops.core.events.EventPosters;
import org.policyops.core.rest.ProblemException;
import org.policyops.testing.LocalJpa;
import org.policyops.tooling.internal.dto.PopulationView;
import org.policyops.tooling.internal.dto.UsageReport;
import org.policyops.tooling.internal.dto.UsageRow;

/** Usage batches (idempotent, all or nothing) and adoption counted over the daily rollup. */
class UsageServiceTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    LocalJpa jpa;
    UsageService usage;

    @BeforeEach
    void setUp() {
        jpa = LocalJpa.create(ToolingUnit.NAME);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        usage = new UsageService(jpa, clock);
        ToolService tools = new ToolService(jpa, EventPosters.none(), clock);
        tools.create(ToolServiceTest.tool("label-qa", List.of(), List.of()), ToolServiceTest.TOOLSMITH);
        tools.create(ToolServiceTest.tool("lms", List.of(), List.of()), ToolServiceTest.TOOLSMITH);
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    static UsageRow row(String tool, String user, String region, LocalDate day, long actions) {
        return new UsageRow(tool, user, region, day.toString(), actions);
    }

    @Test
    void aBatchIsIdempotentPerToolUserAndDay() {
        List<UsageRow> batch = List.of(row("label-qa", "eu-1", "EU", TODAY, 5), row("label-qa", "eu-1", "EU", TODAY.minusDays(1), 3),
                row("lms", "eu-1", "eu", TODAY, 1));
        assertEquals(new UsageReport(3, 3, 0, 0), usage.ingest(batch, ToolServiceTest.TOOLSMITH));
        assertEquals(new UsageReport(3, 0, 0, 3), usage.ingest(batch, ToolServiceTest.TOOLSMITH));
        assertEquals(new UsageReport(1, 0, 1, 0), usage.ingest(List.of(row("label-qa", "eu-1", "EU", TODAY, 7)),
                ToolServiceTest.TOOLSMITH));
        List<AdoptionInfo> a = usage.adoption(TODAY);
        assertEquals(2, a.size());
        assertEquals(1, a.get(0).active7());
    }

    @Test
    void aBadRowIsNamedAndNothingIsWritten() {
        List<UsageRow> batch = new ArrayList<>(List.of(row("label-qa", "eu-1", "EU", TODAY, 5)));
        batch.add(new UsageRow("label-qa", "", "XX!", "2026-13-01", -1L));
        batch.add(row("label-qa", "eu-1", "EU", TODAY.plusDays(1), 1));
        batch.add(row("label-qa", "eu-1", "EU", TODAY, 2));
        ProblemException e = assertThrows(ProblemException.class, () -> usage.ingest(batch, ToolServiceTest.TOOLSMITH));
        assertEquals(List.of("rows[1].user", "rows[1].region", "rows[1].day", "rows[1].actions", "rows[2].day", "rows[3]"),
                e.errors().stream().map(f -> f.field()).toList());
        ProblemException unknown = assertThrows(ProblemException.class, () -> usage.ingest(List.of(row("label-qa", "u", "EU", TODAY, 1),
                row("nowhere", "u", "EU", TODAY, 1)), ToolServiceTest.TOOLSMITH));
        assertEquals("rows[1].tool", unknown.errors().get(0).field());
        assertTrue(usage.adoption(TODAY).isEmpty());
        assertEquals(403, assertThrows(ProblemException.class, () -> usage.ingest(List.of(row("lms", "u", "US", TODAY, 1)),
                ToolServiceTest.LEAD_EU)).status());
    }

    @Test
    void aPopulationBodyMayOnlyRepeatItsAddress() {
        assertEquals(400, assertThrows(ProblemException.class, () -> usage.setPopulation("lms", "EU", null,
                new PopulationView("label-qa", null, 5L), ToolServiceTest.TOOLSMITH)).status());
        assertEquals(400, assertThrows(ProblemException.class, () -> usage.setPopulation("lms", "EU", null,
                new PopulationView(null, "not a code!", 5L), ToolServiceTest.TOOLSMITH)).status());
        assertEquals(412, assertThrows(ProblemException.class, () -> usage.setPopulation("lms", "EU", "garbage",
                new PopulationView(null, null, 5L), ToolServiceTest.TOOLSMITH)).status());
        assertEquals(5L, usage.setPopulation("lms", "eu", "*", new PopulationView("lms", "EU", 5L), ToolServiceTest.TOOLSMITH)
                .body().people());
        assertEquals(412, assertThrows(ProblemException.class, () -> usage.setPopulation("lms", "EU", "garbage",
                new PopulationView(null, null, 6L), ToolServiceTest.TOOLSMITH)).status());
    }

    @Test
    void adoptionIsDistinctActiveUsersOverTheTargetPopulation() {
        List<UsageRow> batch = new ArrayList<>();
        for (int u = 0; u < 4; u++) {
            batch.add(row("label-qa", "eu-" + u, "EU", TODAY.minusDays(u * 5L), 1)); // days 0, 5, 10, 15 ago
            batch.add(row("label-qa", "eu-" + u, "EU", TODAY.minusDays(1), 2)); // and all four yesterday
        }
        batch.add(row("label-qa", "idle", "EU", TODAY, 0)); // no actions: not active
        batch.add(row("label-qa", "us-1", "US", TODAY.minusDays(30), 4)); // outside 28 days
        usage.ingest(batch, ToolServiceTest.TOOLSMITH);
        usage.setPopulation("label-qa", "eu", null, new PopulationView(null, null, 8L), ToolServiceTest.TOOLSMITH);
        usage.setPopulation("lms", "EU", null, new PopulationView(null, null, 10L), ToolServiceTest.TOOLSMITH);

        List<AdoptionInfo> a = usage.adoption(TODAY);
        // label-qa in the US had its only use 30 days ago and has no target population: not listed.
        assertEquals(List.of("label-qa|EU", "lms|EU"), a.stream().map(x -> x.toolKey() + "|" + x.region()).toList());
        AdoptionInfo eu = a.get(0);
        assertEquals(4, eu.active7());
        assertEquals(4, eu.active28());
        assertEquals(0.5, eu.adoption7(), 1e-12);
        assertEquals(0, a.get(1).active28());
        assertEquals(0.0, a.get(1).adoption7(), 1e-12);
        assertNull(usage.adoption(TODAY.minusDays(29)).stream().filter(x -> x.region().equals("US")).findFirst().orElseThrow()
                .adoption28(), "the US user counts 29 days back, without a target population");
        AdoptionInfo tenDaysAgo = usage.adoption(TODAY.minusDays(10)).get(0);
        assertEquals(2, tenDaysAgo.active7(), "eu-2 (10 days ago) and eu-3 (15) within the 7 days up to then");
        assertEquals(2, tenDaysAgo.active28());

        List<WeeklyActive> trend = usage.trend("label-qa", "EU", 3, TODAY).orElseThrow();
        assertEquals(List.of(LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 13), TODAY), trend.stream().map(WeeklyActive::weekEnd).toList());
        assertEquals(List.of(1L, 1L, 4L), trend.stream().map(WeeklyActive::activeUsers).toList());
        assertEquals(0.5, trend.get(2).adoption(), 1e-12);
        // Every region: the US user 30 days ago falls in the first of five weeks.
        assertEquals(List.of(1L, 0L, 1L, 1L, 4L), usage.trend("label-qa", null, 5, TODAY).orElseThrow().stream()
                .map(WeeklyActive::activeUsers).toList());
        assertTrue(usage.trend("nowhere", null, 3, TODAY).isEmpty());
        assertEquals(400, assertThrows(ProblemException.class, () -> usage.trend("label-qa", null, 0, TODAY)).status());
    }

    @Test
    void adoptionKpiSumsActiveUsersOverTargetPopulationsPerRegion() {
        ToolingKpis kpis = new ToolingKpis(usage);
        assertTrue(kpis.values(TODAY).isEmpty(), "no target population: nothing to measure");
        List<UsageRow> batch = new ArrayList<>();
        for (int u = 0; u < 4; u++) {
            batch.add(row("label-qa", "eu-" + u, "EU", TODAY.minusDays(u * 5L), 1));
        }
        batch.add(row("label-qa", "us-1", "US", TODAY.minusDays(30), 4));
        usage.ingest(batch, ToolServiceTest.TOOLSMITH);
        usage.setPopulation("label-qa", "EU", null, new PopulationView(null, null, 8L), ToolServiceTest.TOOLSMITH);
        usage.setPopulation("lms", "EU", null, new PopulationView(null, null, 10L), ToolServiceTest.TOOLSMITH);
        usage.setPopulation("label-qa", "US", null, new PopulationView(null, null, 2L), ToolServiceTest.TOOLSMITH);

        java.util.Map<String, Double> today = new java.util.TreeMap<>();
        kpis.values(TODAY).forEach(v -> today.put(v.dimensions().getOrDefault("region", "*"), v.value()));
        assertEquals(java.util.Map.of("EU", 4 / 18.0, "US", 0.0, "*", 4 / 20.0), today);
        // 29 days back the US user's day is within the 28 days, the EU users' are not yet.
        java.util.Map<String, Double> before = new java.util.TreeMap<>();
        kpis.values(TODAY.minusDays(29)).forEach(v -> before.put(v.dimensions().getOrDefault("region", "*"), v.value()));
        assertEquals(java.util.Map.of("EU", 0.0, "US", 0.5, "*", 1 / 20.0), before);
    }
}
