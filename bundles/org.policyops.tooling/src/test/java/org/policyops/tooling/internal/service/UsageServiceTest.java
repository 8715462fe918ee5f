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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyops.api.tooling.AdoptionInfo;
import org.policyops.api.tooling.WeeklyActive;
import org.policyops.api.training.LearnerDirectory;
import org.policyops.core.events.EventPosters;
import org.policyops.core.rest.ProblemException;
import org.policyops.testing.LocalJpa;
import org.policyops.tooling.internal.dto.PopulationRequest;
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
    void theRollupHasOneBigintKeyAndNoOtherIndex() {
        // One B-tree insert a row: ingestion depends on it (benchmarks' ToolingLoad, docs/tooling.md).
        List<?> indexes = jpa.read(em -> em.createNativeQuery("SELECT i.INDEX_TYPE_NAME, c.COLUMN_NAME FROM INFORMATION_SCHEMA.INDEXES i "
                + "JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c ON i.INDEX_NAME = c.INDEX_NAME AND i.TABLE_NAME = c.TABLE_NAME "
                + "WHERE i.TABLE_NAME = 'TOOLING_DAILY_USE'").getResultList());
        assertEquals(1, indexes.size(), indexes.toString());
        assertEquals(List.of("PRIMARY KEY", "USE_ID"), List.of((Object[]) indexes.get(0)));
    }

    @Test
    void theKeyOrdersByToolThenDayThenUserAndADaysRangeHoldsExactlyItsUsers() {
        long k = UsageKeys.key(3, 20_000, 7);
        assertTrue(UsageKeys.key(3, 20_000, Integer.MAX_VALUE) < UsageKeys.key(3, 20_001, 0));
        assertTrue(UsageKeys.key(3, UsageKeys.MAX_DAY, Integer.MAX_VALUE) < UsageKeys.key(4, 0, 0));
        assertTrue(UsageKeys.key(UsageKeys.MAX_TOOL_NO, UsageKeys.MAX_DAY, Integer.MAX_VALUE) > 0, "never negative");
        assertTrue(UsageKeys.first(3, 20_000) <= k && k <= UsageKeys.last(3, 20_000));
        assertTrue(UsageKeys.last(3, 19_999) < k && k < UsageKeys.first(3, 20_001));
    }

    @Test
    void usersAndToolsGetNumbersOnceAndKeepThem() {
        usage.ingest(List.of(row("lms", "eu-1", "EU", TODAY, 1), row("label-qa", "eu-2", "EU", TODAY, 1)), ToolServiceTest.TOOLSMITH);
        // A second service (a restart: an empty cache) reads the numbers back rather than giving new ones.
        UsageService restarted = new UsageService(jpa, Clock.fixed(NOW, ZoneOffset.UTC));
        assertEquals(new UsageReport(2, 1, 0, 1), restarted.ingest(List.of(row("lms", "eu-1", "EU", TODAY, 1),
                row("lms", "eu-2", "EU", TODAY, 4)), ToolServiceTest.TOOLSMITH));
        assertEquals(2L, ((Number) jpa.read(em -> em.createNativeQuery("SELECT COUNT(*) FROM TOOLING_USER_NO").getSingleResult())).longValue());
        assertEquals(2L, ((Number) jpa.read(em -> em.createNativeQuery("SELECT COUNT(*) FROM TOOLING_TOOL_NO").getSingleResult())).longValue());
        assertEquals(2, usage.adoption(TODAY).stream().filter(a -> a.toolKey().equals("lms")).findFirst().orElseThrow().active7());
    }

    @Test
    void aBatchThatFailsWhileWritingLeavesNothingBehind() {
        usage.ingest(List.of(row("lms", "eu-1", "EU", TODAY, 1)), ToolServiceTest.TOOLSMITH);
        // The updates go after the inserts: fail them, and the inserts before must be rolled back with them.
        failStatements("UPDATE", new java.sql.SQLException("disk full", "HY000"));
        List<UsageRow> batch = List.of(row("lms", "eu-2", "EU", TODAY, 1), row("lms", "eu-3", "EU", TODAY, 1),
                row("lms", "eu-1", "EU", TODAY, 9));
        assertThrows(javax.persistence.PersistenceException.class, () -> usage.ingest(batch, ToolServiceTest.TOOLSMITH));
        // Another batch storing the same rows at the same moment: a 409 that says to send again.
        failStatements("INSERT", new java.sql.SQLException("unique key", "23505"));
        assertEquals(409, assertThrows(ProblemException.class, () -> usage.ingest(batch, ToolServiceTest.TOOLSMITH)).status());
        jpa.decorate(java.util.function.UnaryOperator.identity());
        assertEquals(1, usage.adoption(TODAY).get(0).active7(), "only the first batch's row is stored");
        assertEquals(new UsageReport(3, 2, 1, 0), usage.ingest(batch, ToolServiceTest.TOOLSMITH));
    }

    /** Makes executeBatch of the statements starting with {@code sql} throw, on the connection the writer unwraps. */
    private void failStatements(String sql, java.sql.SQLException failure) {
        jpa.decorate(em -> (javax.persistence.EntityManager) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { javax.persistence.EntityManager.class }, (proxy, method, args) -> {
                    Object result = invoke(method, em, args);
                    return method.getName().equals("unwrap") && result instanceof java.sql.Connection c ? failing(c, sql, failure)
                            : result;
                }));
    }

    private static java.sql.Connection failing(java.sql.Connection c, String sql, java.sql.SQLException failure) {
        return (java.sql.Connection) java.lang.reflect.Proxy.newProxyInstance(UsageServiceTest.class.getClassLoader(),
                new Class<?>[] { java.sql.Connection.class }, (proxy, method, args) -> {
                    Object result = invoke(method, c, args);
                    if (method.getName().equals("prepareStatement") && ((String) args[0]).startsWith(sql)) {
                        java.sql.PreparedStatement ps = (java.sql.PreparedStatement) result;
                        return java.lang.reflect.Proxy.newProxyInstance(UsageServiceTest.class.getClassLoader(),
                                new Class<?>[] { java.sql.PreparedStatement.class }, (p, m, a) -> {
                                    if (m.getName().equals("executeBatch")) {
                                        throw failure;
                                    }
                                    return invoke(m, ps, a);
                                });
                    }
                    return result;
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
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
    void aValueAtFaultIsNamedInEveryRowThatHasItThoughGoodValuesAreCheckedOncePerBatch() {
        List<UsageRow> batch = List.of(row("label-qa", "eu-1", "EU", TODAY, 5), new UsageRow("label-qa", "eu-2", "E U", "2026-11-2", 1L),
                new UsageRow("label-qa", "eu-3", "E U", "2026-11-2", 1L), new UsageRow("label-qa", "eu-4", "EU", TODAY.toString(), -4L),
                new UsageRow("label-qa", "eu-5", "EU", TODAY.toString(), 2_000_000_000L), new UsageRow("label-qa", "eu-6", "EU",
                        TODAY.toString(), null));
        ProblemException e = assertThrows(ProblemException.class, () -> usage.ingest(batch, ToolServiceTest.TOOLSMITH));
        assertEquals(List.of("rows[1].region", "rows[1].day", "rows[2].region", "rows[2].day", "rows[3].actions", "rows[4].actions",
                "rows[5].actions"), e.errors().stream().map(f -> f.field()).toList());
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
    void aCsvBatchIsReadLikeJsonWithColumnsInAnyOrder() {
        String csv = "\uFEFFday,tool,user,region,actions,note\n"
                + "2026-11-20,label-qa,eu-1,EU,5,first\n"
                + "2026-11-19,label-qa,eu-1,eu,3,\n"
                + "\n"
                + "2026-11-20,lms,eu-1,EU,1,\n";
        assertEquals(new UsageReport(3, 3, 0, 0), usage.ingestCsv(csv, ToolServiceTest.TOOLSMITH));
        assertEquals(new UsageReport(3, 0, 0, 3), usage.ingestCsv(csv, ToolServiceTest.TOOLSMITH), "sent again: nothing counted twice");
        assertEquals(new UsageReport(1, 0, 1, 0), usage.ingestCsv("tool,user,region,day,actions\nlabel-qa,eu-1,EU,2026-11-20,7\n",
                ToolServiceTest.TOOLSMITH));
        assertEquals(1, usage.adoption(TODAY).get(0).active7());
    }

    @Test
    void aBadCsvRowIsNamedByLineAndColumnAndNothingIsWritten() {
        String csv = "tool,user,region,day,actions\n"
                + "label-qa,eu-1,EU,2026-11-20,5\n"          // line 2: good
                + "label-qa,eu-2,EU,2026-11-20,many\n"       // line 3: actions is not a number
                + "label-qa,eu-3,EU,2026-13-01,1\n"          // line 4: no such day
                + "label-qa,eu-4,EU,2026-11-20\n"            // line 5: a value short
                + "label-qa,eu-1,EU,2026-11-20,2\n";         // line 6: repeats line 2
        ProblemException e = assertThrows(ProblemException.class, () -> usage.ingestCsv(csv, ToolServiceTest.TOOLSMITH));
        assertEquals(400, e.status());
        assertEquals(List.of("line 3: actions", "line 4: day", "line 5", "line 6"), e.errors().stream().map(f -> f.field()).toList());
        assertEquals("repeats the tool, user and day of line 2", e.errors().get(3).message());
        ProblemException unknown = assertThrows(ProblemException.class, () -> usage.ingestCsv("tool,user,region,day,actions\n"
                + "label-qa,eu-1,EU,2026-11-20,5\nnowhere,eu-1,EU,2026-11-20,2\n", ToolServiceTest.TOOLSMITH));
        assertEquals(List.of("line 3: tool"), unknown.errors().stream().map(f -> f.field()).toList());
        assertTrue(usage.adoption(TODAY).isEmpty(), "nothing was written");

        assertEquals("header", assertThrows(ProblemException.class, () -> usage.ingestCsv("tool,user,day\nlabel-qa,u,2026-11-20\n",
                ToolServiceTest.TOOLSMITH)).errors().get(0).field());
        assertEquals(400, assertThrows(ProblemException.class, () -> usage.ingestCsv("tool,user,region,day,actions\n",
                ToolServiceTest.TOOLSMITH)).status());
        assertEquals(400, assertThrows(ProblemException.class, () -> usage.ingestCsv("", ToolServiceTest.TOOLSMITH)).status());
        assertEquals(403, assertThrows(ProblemException.class, () -> usage.ingestCsv("tool,user,region,day,actions\n"
                + "lms,u,US,2026-11-20,1\n", ToolServiceTest.LEAD_EU)).status());
    }

    @Test
    void aPopulationBodyMayOnlyRepeatItsAddress() {
        assertEquals(400, assertThrows(ProblemException.class, () -> usage.setPopulation("lms", "EU", null,
                new PopulationRequest("label-qa", null, null, 5L), ToolServiceTest.TOOLSMITH)).status());
        assertEquals(400, assertThrows(ProblemException.class, () -> usage.setPopulation("lms", "EU", null,
                new PopulationRequest(null, "not a code!", null, 5L), ToolServiceTest.TOOLSMITH)).status());
        assertEquals(412, assertThrows(ProblemException.class, () -> usage.setPopulation("lms", "EU", "garbage",
                new PopulationRequest(null, null, null, 5L), ToolServiceTest.TOOLSMITH)).status());
        assertEquals(5L, usage.setPopulation("lms", "eu", "*", new PopulationRequest("lms", "EU", null, 5L), ToolServiceTest.TOOLSMITH)
                .body().people());
        assertEquals(412, assertThrows(ProblemException.class, () -> usage.setPopulation("lms", "EU", "garbage",
                new PopulationRequest(null, null, null, 6L), ToolServiceTest.TOOLSMITH)).status());
    }

    @Test
    void aPopulationWithARoleCountsTrainingsLearnersAndFallsBackToTheNumberWithoutTraining() {
        Map<String, Long> moderators = new HashMap<>(Map.of("EU", 3L, "US", 5L));
        List<String> asked = new ArrayList<>();
        LearnerDirectory training = role -> {
            asked.add(role);
            return role.equals("moderator") ? moderators : Map.of();
        };
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        UsageService withTraining = new UsageService(jpa, new TargetPopulations(training), clock);
        usage.ingest(List.of(row("lms", "eu-1", "EU", TODAY, 1), row("lms", "eu-2", "EU", TODAY, 1),
                row("label-qa", "eu-1", "EU", TODAY, 1)), ToolServiceTest.TOOLSMITH);
        PopulationView set = withTraining.setPopulation("lms", "EU", null, new PopulationRequest(null, null, "Moderator", 40L),
                ToolServiceTest.TOOLSMITH).body();
        assertEquals(new PopulationView("lms", "EU", "moderator", 40L, 3L, AdoptionInfo.FROM_LEARNERS, null), set);
        withTraining.setPopulation("lms", "UK", null, new PopulationRequest(null, null, "moderator", null), ToolServiceTest.TOOLSMITH);
        withTraining.setPopulation("label-qa", "EU", null, new PopulationRequest(null, null, "qa-reviewer", null), ToolServiceTest.TOOLSMITH);

        asked.clear();
        List<AdoptionInfo> counted = withTraining.adoption(TODAY);
        assertEquals(List.of("moderator", "qa-reviewer"), asked.stream().sorted().toList(), "training asked once per role");
        AdoptionInfo lmsEu = find(counted, "lms", "EU");
        assertEquals(3L, lmsEu.targetPopulation());
        assertEquals(2.0 / 3, lmsEu.adoption7(), 1e-12);
        assertEquals(AdoptionInfo.FROM_LEARNERS, lmsEu.populationSource());
        assertEquals(0L, find(counted, "lms", "UK").targetPopulation(), "no moderators in the UK");
        assertNull(find(counted, "lms", "UK").adoption7());
        assertEquals(0L, find(counted, "label-qa", "EU").targetPopulation(), "a role without learners");
        assertEquals(2.0 / 3, withTraining.trend("lms", null, 1, TODAY).orElseThrow().get(0).adoption(), 1e-12,
                "every region: the learners of the regions with a population (EU 3, UK 0)");
        assertEquals(2.0 / 3, withTraining.trend("lms", "EU", 1, TODAY).orElseThrow().get(0).adoption(), 1e-12);
        moderators.put("EU", 4L); // a moderator joined in training: counted at once, nothing to resync
        assertEquals(0.5, find(withTraining.adoption(TODAY), "lms", "EU").adoption7(), 1e-12);

        // The same data without the training feature: the number set stands in, and the answer says why.
        List<AdoptionInfo> alone = usage.adoption(TODAY);
        AdoptionInfo lmsAlone = find(alone, "lms", "EU");
        assertEquals(40L, lmsAlone.targetPopulation());
        assertEquals(AdoptionInfo.FROM_NUMBER, lmsAlone.populationSource());
        assertTrue(lmsAlone.populationNote().contains("not installed"), lmsAlone.populationNote());
        assertNull(find(alone, "lms", "UK").targetPopulation(), "a role alone and no training: no population");
        assertNull(find(alone, "lms", "UK").populationSource());
        assertTrue(find(alone, "lms", "UK").populationNote().contains("no number"));
        assertEquals(List.of(new PopulationView("lms", "EU", "moderator", 40L, 40L, AdoptionInfo.FROM_NUMBER, lmsAlone.populationNote())),
                usage.populations("lms").stream().filter(p -> p.region().equals("EU")).toList());
        assertNull(find(usage.adoption(TODAY), "label-qa", "EU").targetPopulation());

        ProblemException bad = assertThrows(ProblemException.class, () -> withTraining.setPopulation("lms", "EU", "*",
                new PopulationRequest(null, null, "Team Lead!", -1L), ToolServiceTest.TOOLSMITH));
        assertEquals(List.of("role", "people"), bad.errors().stream().map(f -> f.field()).toList());
        assertEquals("people", assertThrows(ProblemException.class, () -> withTraining.setPopulation("lms", "EU", "*",
                new PopulationRequest(null, null, " ", null), ToolServiceTest.TOOLSMITH)).errors().get(0).field());
    }

    private static AdoptionInfo find(List<AdoptionInfo> all, String tool, String region) {
        return all.stream().filter(a -> a.toolKey().equals(tool) && a.region().equals(region)).findFirst().orElseThrow();
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
        usage.setPopulation("label-qa", "eu", null, new PopulationRequest(null, null, null, 8L), ToolServiceTest.TOOLSMITH);
        usage.setPopulation("lms", "EU", null, new PopulationRequest(null, null, null, 10L), ToolServiceTest.TOOLSMITH);

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
        usage.setPopulation("label-qa", "EU", null, new PopulationRequest(null, null, null, 8L), ToolServiceTest.TOOLSMITH);
        usage.setPopulation("lms", "EU", null, new PopulationRequest(null, null, null, 10L), ToolServiceTest.TOOLSMITH);
        usage.setPopulation("label-qa", "US", null, new PopulationRequest(null, null, null, 2L), ToolServiceTest.TOOLSMITH);

        java.util.Map<String, Double> today = new java.util.TreeMap<>();
        kpis.values(TODAY).forEach(v -> today.put(v.dimensions().getOrDefault("region", "*"), v.value()));
        assertEquals(java.util.Map.of("EU", 4 / 18.0, "US", 0.0, "*", 4 / 20.0), today);
        // 29 days back the US user's day is within the 28 days, the EU users' are not yet.
        java.util.Map<String, Double> before = new java.util.TreeMap<>();
        kpis.values(TODAY.minusDays(29)).forEach(v -> before.put(v.dimensions().getOrDefault("region", "*"), v.value()));
        assertEquals(java.util.Map.of("EU", 0.0, "US", 0.5, "*", 1 / 20.0), before);
    }
}
