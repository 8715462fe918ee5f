package org.policyops.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.junit.Assume;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.policyops.testing.Waiting;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The metrics feature in the full distribution: the KPIs of the installed domains, backfill and series, the scorecard,
 * KPI settings over REST, the Prometheus scrape (with {@code promtool check metrics} when promtool is installed) and a
 * configuration change applied without a restart.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MetricsIT extends PolicyOpsTestSupport {

    @Inject
    ConfigurationAdmin configAdmin;

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static Set<String> ids(JsonNode array, String field) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    @Test
    public void theRegistryListsTheKpisOfTheInstalledDomains() throws Exception {
        Api.Response kpis = api().get("/api/metrics/kpis", "viewer");
        assertEquals(kpis.toString(), 200, kpis.status());
        Set<String> ids = ids(kpis.json(), "id");
        assertTrue(ids.toString(), ids.containsAll(List.of("time-to-deploy-median", "time-to-deploy-p90", "readiness-go-share")));
        Api.Response one = api.get("/api/metrics/kpis/time-to-deploy-median", "viewer");
        assertEquals(200, one.status());
        assertEquals("LOWER_IS_BETTER", one.json().path("direction").asText());
        assertNotNull(one.header("ETag"));
        assertEquals(404, api.get("/api/metrics/kpis/no-such-kpi", "viewer").status());
        assertEquals(401, api.get("/api/metrics/kpis", null).status());
    }

    @Test
    public void seriesAndScorecardAfterABackfill() throws Exception {
        LocalDate to = today().minusDays(1);
        LocalDate from = to.minusDays(13);
        Api.Response refused = api().post("/api/metrics/snapshots", "viewer", Map.of("from", from.toString(), "to", to.toString()));
        assertEquals(403, refused.status());
        Api.Response bad = api.post("/api/metrics/snapshots", "admin", Map.of("from", from.toString(), "to", today().toString()));
        assertEquals(400, bad.status());
        assertEquals("application/problem+json", bad.header("Content-Type"));
        assertEquals("to", bad.json().path("errors").get(0).path("field").asText());

        Api.Response backfill = api.post("/api/metrics/snapshots", "admin", Map.of("from", from.toString(), "to", to.toString()));
        assertEquals(backfill.toString(), 200, backfill.status());
        JsonNode report = backfill.json();
        assertEquals(14, report.path("days").asInt());
        Set<String> recorded = new TreeSet<>();
        report.path("kpis").forEach(n -> recorded.add(n.asText()));
        assertTrue(recorded.toString(), recorded.contains("time-to-deploy-median"));
        Set<String> notBackfillable = new TreeSet<>();
        report.path("notBackfillable").forEach(n -> notBackfillable.add(n.asText()));
        assertTrue(notBackfillable.toString(), notBackfillable.contains("readiness-go-share"));

        // The sample child-safety launch has enforced in UK for 12 days: every day of the last 14 after it has a value.
        Api.Response series = api.get("/api/metrics/kpis/time-to-deploy-median/series?from=" + from + "&to=" + to
                + "&region=uk", "viewer");
        assertEquals(series.toString(), 200, series.status());
        JsonNode lines = series.json().path("series");
        assertEquals(series.body(), 1, lines.size());
        assertEquals("UK", lines.get(0).path("dimensions").path("region").asText());
        JsonNode points = lines.get(0).path("points");
        assertTrue(series.body(), points.size() >= 10);
        JsonNode last = points.get(points.size() - 1);
        assertEquals(to.toString(), last.path("day").asText());
        assertTrue(last.path("value").asDouble() > 100);
        assertTrue(Set.of("ON_TARGET", "WARNING", "CRITICAL").contains(last.path("status").asText()));
        assertTrue(last.has("change"));
        Api.Response badSeries = api.get("/api/metrics/kpis/time-to-deploy-median/series?from=yesterday&period=hour", "viewer");
        assertEquals(400, badSeries.status());
        assertEquals(2, badSeries.json().path("errors").size());

        Api.Response scorecard = api.get("/api/metrics/scorecard?region=UK", "viewer");
        assertEquals(scorecard.toString(), 200, scorecard.status());
        boolean found = false;
        for (JsonNode s : scorecard.json().path("kpis")) {
            if (s.path("status").asText().equals("NO_DATA")) {
                continue;
            }
            assertEquals(s.toString(), "UK", s.path("dimensions").path("region").asText());
            if (s.path("kpiId").asText().equals("time-to-deploy-median")) {
                found = true;
                assertEquals(last.path("value").asDouble(), s.path("value").asDouble(), 0.001);
            }
        }
        assertTrue(scorecard.body(), found);
        assertEquals(400, api.get("/api/metrics/scorecard?region=not%20a%20region", "viewer").status());
    }

    @Test
    public void adminsChangeTargetsWithIfMatch() throws Exception {
        String path = "/api/metrics/kpis/time-to-deploy-p90";
        Api.Response before = api().get(path, "viewer");
        Map<String, Object> body = Map.of("target", 80, "warning", 100, "critical", 120);
        assertEquals(403, api.put(path, "planner", body, "*").status());
        assertEquals(428, api.put(path, "admin", body, null).status());
        Api.Response disordered = api.put(path, "admin", Map.of("target", 80, "warning", 70, "critical", 120), "*");
        assertEquals(400, disordered.status());
        assertEquals("warning", disordered.json().path("errors").get(0).path("field").asText());
        Api.Response changed = api.put(path, "admin", body, before.header("ETag"));
        assertEquals(changed.toString(), 200, changed.status());
        assertEquals(80.0, changed.json().path("target").asDouble(), 0);
        assertTrue(changed.json().path("customized").asBoolean());
        assertFalse(before.header("ETag").equals(changed.header("ETag")));
        assertEquals(412, api.put(path, "admin", body, before.header("ETag")).status());
    }

    @Test
    public void prometheusScrapeNeedsTheMetricsRole() throws Exception {
        assertEquals(401, api().get("/api/metrics/prometheus", null).status());
        assertEquals(403, api.get("/api/metrics/prometheus", "viewer").status());
        api.get("/api/metrics/kpis", "viewer"); // at least one request under a known route
        assertEquals(200, api.get("/api/launches/1/readiness", "viewer").status()); // a readiness evaluation
        Api.Response scrape = api.get("/api/metrics/prometheus", "scraper");
        assertEquals(scrape.toString(), 200, scrape.status());
        String type = scrape.header("Content-Type").replace(" ", "");
        assertTrue(type, type.startsWith("text/plain;") && type.contains("version=0.0.4"));
        String text = scrape.body();
        assertTrue(text, text.contains("# TYPE policyops_kpi_target gauge"));
        assertTrue(text, text.contains("policyops_kpi_target{kpi=\"time-to-deploy-median\"}"));
        assertTrue(text, text.contains("policyops_http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/metrics/kpis\",status=\"200\""));
        assertTrue(text, text.contains("jvm_memory_used_bytes"));
        assertTrue(text, text.contains("route=\"/api/launches/{id}/readiness\""));
        assertTrue(text, text.contains("policyops_readiness_evaluation_seconds_count"));
        assertFalse(text, text.contains("policyops_readiness_evaluation_seconds_count 0"));
        assertTrue(text, text.contains("policyops_rule_verdicts_total{rule=\"platform.version-ready\",verdict="));
        assertTrue(text, text.contains("policyops_plugins{state=\"ACTIVE\"}"));
        promtool(text);
    }

    /** {@code promtool check metrics} reads the scrape from its standard input and must report no problem. */
    private static void promtool(String scrape) throws IOException, InterruptedException {
        File promtool = null;
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            File candidate = new File(dir, "promtool");
            if (candidate.canExecute()) {
                promtool = candidate;
                break;
            }
        }
        Assume.assumeTrue("promtool is not installed (Debian package 'prometheus'); the scrape was not linted", promtool != null);
        Process p = new ProcessBuilder(promtool.getPath(), "check", "metrics").redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(scrape.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("promtool did not finish", p.waitFor(60, TimeUnit.SECONDS));
        assertEquals("promtool check metrics: " + out, 0, p.exitValue());
        assertEquals("promtool check metrics reported problems", "", out.trim());
    }

    @Test
    public void theScrapeRoleFollowsTheConfiguration() throws Exception {
        assertEquals(403, api().get("/api/metrics/prometheus", "viewer").status());
        Configuration config = configAdmin.getConfiguration("org.policyops.metrics", null);
        Dictionary<String, Object> before = config.getProperties();
        Dictionary<String, Object> changed = new Hashtable<>();
        if (before != null) {
            for (String key : new ArrayList<>(java.util.Collections.list(before.keys()))) {
                changed.put(key, before.get(key));
            }
        }
        changed.put("scrapeRole", "viewer");
        config.update(changed);
        try {
            Waiting.waitForAssert(() -> assertEquals(200, api.get("/api/metrics/prometheus", "viewer").status()));
            assertEquals(403, api.get("/api/metrics/prometheus", "scraper").status());
            assertEquals(200, api.get("/api/metrics/prometheus", "admin").status());
        } finally {
            changed.put("scrapeRole", "metrics");
            config.update(changed);
        }
        Waiting.waitForAssert(() -> assertEquals(200, api.get("/api/metrics/prometheus", "scraper").status()));
    }
}
