package org.policyops.metrics.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyops.metrics.internal.prometheus.PlatformMetrics;
import org.policyops.testing.LocalJpa;
import org.policyops.testing.MovableClock;

class PlatformMetricsTest {

    @Test
    void theScrapeHoldsKpiGaugesWithLabelsAndRequestHistograms() throws Exception {
        try (LocalJpa jpa = LocalJpa.create("policyops-metrics")) {
            KpiProviders providers = KpiProviders.of(List.of(new TestProvider()));
            SnapshotService snapshots = new SnapshotService(jpa, providers, new MovableClock(Instant.parse("2026-12-07T10:00:00Z")));
            snapshots.take(LocalDate.parse("2026-12-06"));
            PlatformMetrics metrics = new PlatformMetrics(new ScorecardService(jpa, providers), true);
            metrics.observeRequest("GET", "/api/metrics/kpis/{id}", 200, 0.012);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            metrics.write(out);
            String text = out.toString(StandardCharsets.UTF_8);
            assertTrue(text.contains("# TYPE policyops_kpi_test_coverage gauge"), text);
            assertTrue(text.contains("policyops_kpi_test_coverage{region=\"EU\"} 0.06"), text);
            assertTrue(text.contains("policyops_kpi_test_coverage 0.09"), text);
            assertTrue(text.contains("policyops_kpi_test_backlog 7.0"), text);
            assertTrue(text.contains("policyops_kpi_target{kpi=\"test-coverage\"} 0.3"), text);
            assertTrue(text.contains("policyops_http_request_duration_seconds_count{method=\"GET\",route=\"/api/metrics/kpis/{id}\",status=\"200\"} 1"), text);
            assertTrue(text.contains("policyops_plugins{state=\"ACTIVE\"} 0"), text);
            assertTrue(text.contains("jvm_memory_used_bytes"), text);
            assertEquals("text/plain; version=0.0.4; charset=utf-8", metrics.contentType());
            snapshots.deactivate();
        }
    }
}
