package org.policyops.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The distribution booted with {@code policyops-metrics} as its only PolicyOps feature: no domain provides KPIs, so the
 * registry and the scorecard are empty, the scrape still answers with the platform's metrics, and an executive report
 * says of each domain's section that its feature is not installed. The dashboard ({@code policyops-ui}, which needs
 * only the core) is booted beside it and served.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MetricsAloneIT extends PolicyOpsTestSupport {

    @Inject
    FeaturesService features;

    @Override
    protected List<Option> extraOptions() {
        return List.of(bootAlone("policyops-metrics, policyops-ui"));
    }

    @Test
    public void metricsWorkWithoutTheDomains() throws Exception {
        assertTrue(features.isInstalled(features.getFeature("policyops-metrics")));
        for (String other : List.of("policyops-planning", "policyops-launches", "policyops-localization", "policyops-training",
                "policyops-tooling")) {
            assertFalse(other + " is not installed", features.isInstalled(features.getFeature(other)));
        }
        Api api = new Api(httpPort());
        api.awaitHealthy(Duration.ofSeconds(120));
        assertEquals(0, api.get("/api/metrics/kpis", "viewer").json().size());
        assertEquals(0, api.get("/api/metrics/scorecard", "viewer").json().path("kpis").size());
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        Api.Response backfill = api.post("/api/metrics/snapshots", "admin",
                Map.of("from", yesterday.minusDays(2).toString(), "to", yesterday.toString()));
        assertEquals(backfill.toString(), 200, backfill.status());
        assertEquals(0, backfill.json().path("values").asInt());
        Api.Response report = api.post("/api/metrics/reports", "admin", Map.of("kind", "QUARTERLY"));
        assertEquals(report.toString(), 201, report.status());
        String html = new String(api.download("/api/metrics/reports/" + report.json().path("id").asLong() + "/html", "viewer")
                .body(), java.nio.charset.StandardCharsets.UTF_8);
        for (String domain : List.of("training", "launches", "localization", "tooling")) {
            assertTrue(html, html.contains("The " + domain + " feature is not installed."));
        }
        assertTrue(html, html.contains("No KPIs: no domain with KPIs is installed."));
        assertEquals(200, api.download("/api/metrics/reports/" + report.json().path("id").asLong() + "/pdf", "viewer").status());
        Api.Response scrape = api.get("/api/metrics/prometheus", "scraper");
        assertEquals(scrape.toString(), 200, scrape.status());
        assertTrue(scrape.body(), scrape.body().contains("jvm_threads_current"));
        assertTrue(scrape.body(), scrape.body().contains("policyops_http_request_duration_seconds_count{method=\"POST\",route=\"/api/metrics/snapshots\",status=\"200\"} 1"));

        // The dashboard's pages and its charting library are served without any domain; its pages say what is missing.
        assertEquals(302, api.get("/ui/", null).status());
        Api.Response page = api.get("/ui/index.html", null);
        assertEquals(page.toString(), 200, page.status());
        assertTrue(page.body(), page.body().contains("<h1>Scorecard</h1>"));
        assertEquals(200, api.get("/ui/vendor/echarts/echarts.min.js", null).status());
        assertEquals(404, api.get("/api/launches", "viewer").status());
    }
}
