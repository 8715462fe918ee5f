package org.policyops.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.Assume;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.policyops.testing.Waiting;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The metrics feature in the full distribution: the KPIs of the installed domains, backfill and series, the scorecard,
 * KPI settings over REST, the Prometheus scrape (with {@code promtool check metrics} when promtool is installed) and a
 * configuration change applied without a restart; an executive report generated on demand, its PDF read back with
 * PDFBox against the scorecard, and its REPORT_PUBLISHED event.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MetricsIT extends PolicyOpsTestSupport {

    @Inject
    ConfigurationAdmin configAdmin;

    @Inject
    BundleContext context;

    /** PDFBox, to read the executive report's PDF back in this container (see itests/pom.xml). */
    @Override
    protected List<Option> extraOptions() {
        List<Option> options = new ArrayList<>();
        for (String jar : List.of("policyops.commons-logging", "policyops.pdfbox-io", "policyops.fontbox", "policyops.pdfbox")) {
            options.add(CoreOptions.bundle(new File(System.getProperty(jar)).toURI().toString()));
        }
        return options;
    }

    /** A KPI value as the report writes it: ratios as percentages with one decimal, counts whole, others one decimal. */
    private static String reported(String unit, double value) {
        return switch (unit) {
            case "ratio" -> String.format(Locale.ROOT, "%.1f %%", value * 100);
            case "count" -> String.format(Locale.ROOT, "%.0f", value);
            default -> String.format(Locale.ROOT, "%.1f", value);
        };
    }

    @Test
    public void anExecutiveReportHoldsTheScorecardInItsPdf() throws Exception {
        Api.Response refused = api().post("/api/metrics/reports", "viewer", Map.of("kind", "MONTHLY"));
        assertEquals(refused.toString(), 403, refused.status());
        Api.Response bad = api.post("/api/metrics/reports", "admin", Map.of("kind", "WEEKLY"));
        assertEquals(400, bad.status());
        assertEquals("kind", bad.json().path("errors").get(0).path("field").asText());
        LocalDate to = today().minusDays(1);
        Api.Response backfill = api.post("/api/metrics/snapshots", "admin",
                Map.of("from", to.minusDays(20).toString(), "to", to.toString()));
        assertEquals(backfill.toString(), 200, backfill.status());

        BlockingQueue<Event> published = new LinkedBlockingQueue<>();
        ServiceRegistration<EventHandler> handler = context.registerService(EventHandler.class, published::add,
                new Hashtable<>(Map.of(EventConstants.EVENT_TOPIC, "org/policyops/metrics/report/PUBLISHED")));
        try {
            String month = today().toString().substring(0, 7);
            // The scorecard read before and after the report must agree: a snapshot taken in between (the daily one at
            // boot) would change it, and then the report is written again.
            JsonNode[] result = Waiting.waitForAssert(Duration.ofSeconds(90), () -> {
                JsonNode before = api.get("/api/metrics/scorecard", "viewer").json().path("kpis");
                Api.Response created = api.post("/api/metrics/reports", "admin", Map.of("kind", "MONTHLY", "period", month));
                assertEquals(created.toString(), 201, created.status());
                JsonNode after = api.get("/api/metrics/scorecard", "viewer").json().path("kpis");
                assertEquals(before, after);
                return new JsonNode[] { created.json(), after };
            });
            JsonNode report = result[0];
            assertEquals("MONTHLY", report.path("kind").asText());
            assertEquals(month, report.path("period").asText());
            assertEquals("ON_DEMAND", report.path("trigger").asText());
            assertEquals("admin", report.path("generatedBy").asText());
            long id = report.path("id").asLong();

            Api.Download pdf = api.download("/api/metrics/reports/" + id + "/pdf", "viewer");
            assertEquals(200, pdf.status());
            assertEquals("application/pdf", pdf.header("Content-Type"));
            assertTrue(pdf.header("Content-Disposition"), pdf.header("Content-Disposition").contains("policyops-monthly-report-" + month + ".pdf"));
            assertEquals(report.path("pdfBytes").asInt(), pdf.body().length);
            String text;
            try (PDDocument doc = Loader.loadPDF(pdf.body())) {
                text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            }
            int checked = 0;
            for (JsonNode s : result[1]) {
                if (s.path("dimensions").size() > 0) {
                    continue;
                }
                String name = s.path("name").asText().replaceAll("\\s+", " ");
                assertTrue(name + " in " + text, text.contains(name));
                if (!s.path("value").isNull() && !s.path("value").isMissingNode()) {
                    String value = reported(s.path("unit").asText(), s.path("value").asDouble());
                    assertTrue(name + " = " + value + " in " + text, text.contains(name + " " + value));
                    checked++;
                }
            }
            assertTrue("the sample data give values to several KPIs: " + result[1], checked >= 3);
            // Every domain is installed, so no section says it is missing.
            assertFalse(text, text.contains("feature is not installed"));
            assertTrue(text, text.contains("Top training gaps"));
            assertTrue(text, text.contains("Launches in flight with NO_GO blockers"));

            Api.Download html = api.download("/api/metrics/reports/" + id + "/html", "viewer");
            assertEquals(200, html.status());
            assertTrue(html.header("Content-Type"), html.header("Content-Type").startsWith("text/html"));
            assertTrue(new String(html.body(), StandardCharsets.UTF_8).contains("<h2>Scorecard</h2>"));

            Api.Response list = api.get("/api/metrics/reports?kind=monthly&limit=50", "viewer");
            assertEquals(list.toString(), 200, list.status());
            assertTrue(list.body(), ids(list.json().path("items"), "id").contains(Long.toString(id)));
            assertEquals(404, api.get("/api/metrics/reports/999999/pdf", "viewer").status());
            assertEquals(401, api.get("/api/metrics/reports", null).status());

            Event event = Waiting.waitForAssert(() -> {
                for (Event e : published) {
                    if (((Number) e.getProperty("reportId")).longValue() == id) {
                        return e;
                    }
                }
                throw new AssertionError("no REPORT_PUBLISHED for report " + id + " among " + published);
            });
            assertEquals("/api/metrics/reports/" + id + "/pdf", event.getProperty("pdfPath"));
            assertEquals(month, event.getProperty("period"));
        } finally {
            handler.unregister();
        }
    }

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
