package org.policyops.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.TreeSet;

import org.junit.After;
import org.junit.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The README's switch to PostgreSQL, on a real PostgreSQL server started from Maven artifacts: the distribution
 * is configured with the documented datasource settings only, creates its tables there and serves the API.
 */
public class PostgresDistributionIT {

    private KarafProcess karaf;
    private EmbeddedPostgres postgres;

    @After
    public void stop() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    public void thePlatformRunsOnPostgresql() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE USER policyops PASSWORD 'pg-secret'");
            c.createStatement().execute("CREATE DATABASE policyops OWNER policyops");
        }
        karaf = KarafProcess.unpack();
        karaf.write("etc/org.ops4j.datasource-policyops.cfg", String.join("\n",
                "osgi.jdbc.driver.class = org.postgresql.Driver",
                "url = jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/policyops",
                "user = policyops",
                "password = pg-secret",
                "dataSourceName = policyops",
                "pool = transx",
                "xa = true", ""));
        karaf.start(Map.of("POLICYOPS_ADMIN_PASSWORD", "pg-admin-secret"));
        Api api = karaf.api();
        Api.Response health = api.awaitHealthy(Duration.ofSeconds(120));
        assertTrue(health.body(), health.json().path("database").path("product").asText().startsWith("PostgreSQL"));

        String admin = Api.basic("admin", "pg-admin-secret");
        assertTrue(DistributionProcessIT.get(api, "/api/planning/policies", admin).json().path("total").asInt() >= 12);
        String key = PlatformIT.uniqueKey();
        assertEquals(201, DistributionProcessIT.send(api, "POST", "/api/planning/policies", admin, PlatformIT.policy(key)).status());
        assertEquals(201, DistributionProcessIT.send(api, "POST", "/api/planning/policies/" + key + "/versions", admin,
                Map.of("version", "1.0.0", "summary", "On PostgreSQL")).status());
        Api.Response bad = DistributionProcessIT.send(api, "POST", "/api/planning/policies/" + key + "/versions/1.0.0/transitions",
                admin, Map.of("stage", "ENFORCEMENT"));
        assertEquals("a refused request leaves the PostgreSQL transaction usable for the next one", 409, bad.status());
        assertEquals(200, DistributionProcessIT.send(api, "POST", "/api/planning/policies/" + key + "/versions/1.0.0/transitions",
                admin, Map.of("stage", "TESTING")).status());
        com.fasterxml.jackson.databind.JsonNode eu = DistributionProcessIT.get(api, "/api/planning/initiatives?region=EU&sort=-riskLevel", admin).json();
        assertTrue("sample initiatives in the EU", eu.path("total").asInt() > 0);
        eu.path("items").forEach(i -> assertTrue(i.toString(), i.path("regions").toString().contains("\"EU\"")));

        // Localization's tables, its prefix search (LIKE with an escape) and its stale-translation subquery.
        com.fasterxml.jackson.databind.JsonNode misinfo = DistributionProcessIT.get(api,
                "/api/localization/contents/policy/misinformation/statement-of-reasons/readiness?region=EU", admin).json();
        assertEquals(misinfo.toString(), 3, misinfo.path("staleLocales").size());
        assertEquals(3, DistributionProcessIT.get(api, "/api/localization/translations?stale=true&content=policy/misinformation/statement-of-reasons",
                admin).json().path("total").asInt());
        assertTrue(DistributionProcessIT.get(api, "/api/localization/contents?prefix=policy/hate_speech", admin).json().path("total").asInt() == 0);
        assertEquals(2, DistributionProcessIT.get(api, "/api/localization/contents?prefix=policy/hate-speech/", admin).json().path("total").asInt());

        // The dependency graph lock (a pessimistic row lock) and the cycle check, on PostgreSQL.
        long a = DistributionProcessIT.send(api, "POST", "/api/planning/initiatives", admin,
                PlanningApiIT.initiative("PG dependency A", "EU", "2031-Q1")).json().path("id").asLong();
        long b = DistributionProcessIT.send(api, "POST", "/api/planning/initiatives", admin,
                PlanningApiIT.initiative("PG dependency B", "EU", "2031-Q1")).json().path("id").asLong();
        assertEquals(201, DistributionProcessIT.send(api, "POST", "/api/planning/initiatives/" + a + "/dependencies", admin,
                Map.of("dependsOn", b)).status());
        assertEquals(409, DistributionProcessIT.send(api, "POST", "/api/planning/initiatives/" + b + "/dependencies", admin,
                Map.of("dependsOn", a)).status());
        // Time-to-deploy filters on stored instants; the sample versions reached enforcement in 2026.
        Api.Response ttd = DistributionProcessIT.get(api, "/api/planning/time-to-deploy?from=2025-01-01&to=2026-12-31", admin);
        assertEquals(ttd.toString(), 200, ttd.status());
        assertTrue(ttd.body(), ttd.json().path("versions").size() > 0);

        // Launches on PostgreSQL: the region filter (LIKE ... ESCAPE), readiness recorded under a row lock (FOR UPDATE),
        // and the regional percentiles computed with window functions; the samples have two enforcing regions.
        Api.Response launches = DistributionProcessIT.get(api, "/api/launches?region=UK&limit=100", admin);
        assertEquals(launches.toString(), 200, launches.status());
        assertTrue(launches.body(), launches.json().path("total").asInt() >= 2);
        long first = launches.json().path("items").path(0).path("id").asLong();
        Api.Response readiness = DistributionProcessIT.get(api, "/api/launches/" + first + "/readiness", admin);
        assertEquals(readiness.toString(), 200, readiness.status());
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        Api.Response regional = DistributionProcessIT.get(api, "/api/launches/time-to-deploy?from=2025-01-01&to=" + today, admin);
        assertEquals(regional.toString(), 200, regional.status());
        assertTrue(regional.body(), regional.json().path("quartersByRegion").size() >= 2);
        assertTrue(regional.body(), regional.json().path("quartersByRegion").path(0).path("medianDays").asDouble() > 0);

        // Tooling on PostgreSQL: its packed BIGINT usage keys written with JDBC batches, the upsert of a batch sent
        // twice, adoption and the weekly trend grouped by integer arithmetic in SQL.
        String tool = PlatformIT.uniqueKey();
        assertEquals(201, DistributionProcessIT.send(api, "POST", "/api/tooling/tools", admin, ToolingIT.tool(tool,
                java.util.List.of(), java.util.List.of())).status());
        Api.Response population = DistributionProcessIT.send(api, "PUT", "/api/tooling/tools/" + tool + "/population/EU", admin,
                Map.of("people", 4));
        assertEquals(population.toString(), 200, population.status());
        java.util.List<Map<String, Object>> usage = java.util.List.of(
                Map.of("tool", tool, "user", "eu-a", "region", "EU", "day", today, "actions", 3),
                Map.of("tool", tool, "user", "eu-b", "region", "EU", "day", today, "actions", 1),
                Map.of("tool", tool, "user", "eu-a", "region", "EU", "day", java.time.LocalDate.parse(today).minusDays(7).toString(),
                        "actions", 2));
        Api.Response stored = DistributionProcessIT.send(api, "POST", "/api/tooling/usage", admin, Map.of("rows", usage));
        assertEquals(stored.toString(), 200, stored.status());
        assertEquals(stored.body(), 3, stored.json().path("created").asInt());
        assertEquals(3, DistributionProcessIT.send(api, "POST", "/api/tooling/usage", admin, Map.of("rows", usage)).json()
                .path("unchanged").asInt());
        com.fasterxml.jackson.databind.JsonNode adoption = DistributionProcessIT.get(api, "/api/tooling/adoption?tool=" + tool, admin)
                .json();
        assertEquals(adoption.toString(), 2, adoption.path(0).path("active7").asInt());
        assertEquals(0.5, adoption.path(0).path("adoption7").asDouble(), 1e-9);
        com.fasterxml.jackson.databind.JsonNode trend = DistributionProcessIT.get(api, "/api/tooling/adoption/" + tool
                + "/trend?weeks=2", admin).json();
        assertEquals(trend.toString(), 2, trend.size());
        assertEquals(trend.toString(), 1, trend.path(0).path("activeUsers").asInt());
        assertEquals(trend.toString(), 2, trend.path(1).path("activeUsers").asInt());
        assertTrue(DistributionProcessIT.get(api, "/api/tooling/adoption?tool=label-qa&region=EU", admin).json().path(0)
                .path("active28").asInt() > 0);

        // Training's gap report and every domain's KPI queries, through a metrics backfill: no provider may fail.
        Api.Response gaps = DistributionProcessIT.get(api, "/api/training/gaps?limit=10", admin);
        assertEquals(gaps.toString(), 200, gaps.status());
        String yesterday = java.time.LocalDate.parse(today).minusDays(1).toString();
        Api.Response backfill = DistributionProcessIT.send(api, "POST", "/api/metrics/snapshots", admin,
                Map.of("from", java.time.LocalDate.parse(yesterday).minusDays(6).toString(), "to", yesterday));
        assertEquals(backfill.toString(), 200, backfill.status());
        assertEquals(backfill.body(), 0, backfill.json().path("failed").size());
        assertTrue(backfill.body(), backfill.json().path("values").asInt() > 0);
        Api.Response series = DistributionProcessIT.get(api, "/api/metrics/kpis/time-to-deploy-median/series?from="
                + java.time.LocalDate.parse(yesterday).minusDays(6) + "&to=" + yesterday, admin);
        assertEquals(series.toString(), 200, series.status());
        assertTrue(series.body(), series.json().path("series").size() > 0);
        Api.Response scorecard = DistributionProcessIT.get(api, "/api/metrics/scorecard", admin);
        assertEquals(scorecard.toString(), 200, scorecard.status());
        assertTrue(scorecard.body(), scorecard.json().path("kpis").size() > 0);
        Api.Response scrape = DistributionProcessIT.get(api, "/api/metrics/prometheus", admin);
        assertEquals(scrape.toString(), 200, scrape.status());

        TreeSet<String> tables = new TreeSet<>();
        try (Connection c = postgres.getDatabase("policyops", "policyops").getConnection();
                ResultSet rs = c.getMetaData().getTables(null, "public", "planning_%", new String[] { "TABLE" })) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        assertTrue(tables.toString(), tables.containsAll(java.util.List.of("planning_policy", "planning_policy_version",
                "planning_stage_transition", "planning_initiative")));
        tables.clear();
        try (Connection c = postgres.getDatabase("policyops", "policyops").getConnection();
                ResultSet rs = c.getMetaData().getTables(null, "public", "launch_%", new String[] { "TABLE" })) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        assertTrue(tables.toString(), tables.containsAll(java.util.List.of("launch_launch", "launch_region", "launch_evidence",
                "launch_override", "launch_readiness")));
    }
}
