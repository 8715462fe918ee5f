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
