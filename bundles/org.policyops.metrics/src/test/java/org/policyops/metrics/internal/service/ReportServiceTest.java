package org.policyops.metrics.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyops.api.health.HealthStatus;
import org.policyops.api.metrics.KpiScore;
import org.policyops.api.metrics.MetricsEvents;
import org.policyops.core.events.EventPoster;
import org.policyops.core.rest.Page;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.metrics.internal.domain.ReportPeriod;
import org.policyops.metrics.internal.dto.ReportRequest;
import org.policyops.metrics.internal.dto.ReportView;
import org.policyops.metrics.internal.report.ReportBuilder;
import org.policyops.metrics.internal.report.ReportFormat;
import org.policyops.testing.LocalJpa;
import org.policyops.testing.MovableClock;

class ReportServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final LocalJpa jpa = LocalJpa.create("policyops-metrics");
    private final MovableClock clock = new MovableClock(NOW);
    private final TestProvider provider = new TestProvider();
    private final KpiProviders providers = KpiProviders.of(List.of(provider));
    private final KpiService kpis = new KpiService(jpa, providers, clock);
    private final SnapshotService snapshots = new SnapshotService(jpa, providers, clock);
    private final SeriesService series = new SeriesService(jpa, kpis, clock);
    private final ScorecardService scorecard = new ScorecardService(jpa, providers);
    private final List<Map<String, ?>> posted = new ArrayList<>();
    private final EventPoster events = (topic, props) -> {
        assertEquals(MetricsEvents.REPORT_PUBLISHED, topic);
        posted.add(props);
    };
    private final ReportService reports = service(jpa, snapshots);

    private ReportService service(LocalJpa db, SnapshotService s) {
        return new ReportService(db, new ScorecardService(db, providers), new SeriesService(db, new KpiService(db, providers, clock), clock)::overall,
                s.loader(), events, clock, () -> new ReportBuilder.Domains(null, null, null, null, null));
    }

    @AfterEach
    void close() {
        snapshots.deactivate();
        jpa.close();
    }

    @Test
    void aReportOnDemandIsArchivedWithItsHtmlAndPdfAndAnnounced() throws IOException {
        snapshots.backfill(new org.policyops.metrics.internal.dto.BackfillRequest("2026-11-01", "2026-12-05"));
        snapshots.take(LocalDate.parse("2026-12-06"));

        ReportView v = reports.generate(new ReportRequest("monthly", "2026-11"), "ada");
        assertEquals("MONTHLY", v.kind());
        assertEquals("2026-11", v.period());
        assertEquals(LocalDate.parse("2026-11-30"), v.asOf());
        assertEquals("ON_DEMAND", v.trigger());
        assertEquals("ada", v.generatedBy());
        assertEquals("/api/metrics/reports/" + v.id() + "/pdf", v.pdf());
        assertEquals(1, posted.size());
        assertEquals(v.id(), posted.get(0).get(MetricsEvents.PROP_REPORT_ID));
        assertEquals("2026-11", posted.get(0).get(MetricsEvents.PROP_PERIOD));
        assertEquals(v.pdf(), posted.get(0).get(MetricsEvents.PROP_PDF_PATH));

        byte[] pdf = reports.pdf(v.id());
        assertEquals(v.pdfBytes(), pdf.length);
        String html = new String(reports.html(v.id()), StandardCharsets.UTF_8);
        assertEquals(v.htmlBytes(), reports.html(v.id()).length);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            for (KpiScore s : scorecard.scorecard(null)) {
                if (s.dimensions().isEmpty()) {
                    assertTrue(text.contains(s.name()), s.name());
                    assertTrue(text.contains(ReportFormat.value(s.unit(), s.value())), s.kpiId() + " " + s.value());
                    assertTrue(html.contains(ReportFormat.value(s.unit(), s.value())));
                }
            }
            // The coverage's weekly trend: each week's last value, overall the mean of EU (day of month / 100) and UK
            // (twice that): 29 November, the Sunday of the week of the 23rd, is 43.5 %; 30 November 45.0 %.
            assertTrue(text.contains("2026-11-23 43.5 %"), text);
            assertTrue(text.contains("2026-11-30 45.0 %"), text);
            assertTrue(text.contains("The training feature is not installed."));
        }

        Page<ReportView> page = reports.list(null, PageRequest.of(null, null, null, ReportService.SORTABLE, ReportService.DEFAULT_SORT));
        assertEquals(1, page.total());
        assertEquals(v, page.items().get(0));
        assertEquals(0, reports.list("quarterly", PageRequest.of(null, null, null, ReportService.SORTABLE,
                ReportService.DEFAULT_SORT)).total());
        assertEquals(404, assertThrows(ProblemException.class, () -> reports.pdf(v.id() + 1)).status());
    }

    @Test
    void badRequestsNameTheirField() {
        assertEquals("kind", field(new ReportRequest(null, "2026-11")));
        assertEquals("kind", field(new ReportRequest("weekly", null)));
        assertEquals("period", field(new ReportRequest("MONTHLY", "November")));
        assertEquals("period", field(new ReportRequest("QUARTERLY", "2027-Q1")));
        assertEquals("2026-Q3", reports.period(new ReportRequest("QUARTERLY", null)).name(), "the last complete quarter");
        assertEquals("2026-12", reports.period(new ReportRequest("MONTHLY", "2026-12")).name(), "this month so far");
    }

    private String field(ReportRequest r) {
        ProblemException e = assertThrows(ProblemException.class, () -> reports.generate(r, "ada"));
        assertEquals(400, e.status());
        return e.errors().get(0).field();
    }

    @Test
    void aScheduledReportIsWrittenOncePerDatabaseWhateverTheNodes() {
        try (LocalJpa node1Db = LocalJpa.named("policyops-metrics", "metricsReports", Map.of());
                LocalJpa node2Db = LocalJpa.named("policyops-metrics", "metricsReports", Map.of())) {
            SnapshotService s1 = new SnapshotService(node1Db, providers, clock);
            SnapshotService s2 = new SnapshotService(node2Db, providers, clock);
            s1.take(LocalDate.parse("2026-12-06"));
            TestConfig config = new TestConfig();
            List<HealthStatus> ready = List.of(HealthStatus.ready("ok"));
            ReportScheduler node1 = new ReportScheduler(service(node1Db, s1), config, clock,
                    () -> List.of(indicator(ready)));
            ReportScheduler node2 = new ReportScheduler(service(node2Db, s2), config, clock,
                    () -> List.of(indicator(ready)));

            assertEquals(List.of("2026-11", "2026-Q3"), node1.tick().stream().map(ReportPeriod::name).toList());
            assertEquals(List.of(), node2.tick(), "the other node finds the markers");
            assertEquals(List.of(), node1.tick());
            assertEquals(2, node1Db.count("ReportEntity"));
            assertEquals(2, posted.size());
            assertEquals("SCHEDULED", posted.get(0).get(MetricsEvents.PROP_TRIGGER));
            ReportView first = service(node2Db, s2).list(null, PageRequest.of(null, null, "period", ReportService.SORTABLE,
                    ReportService.DEFAULT_SORT)).items().get(0);
            assertEquals("2026-11", first.period());
            assertNull(first.generatedBy());

            clock.set(Instant.parse("2027-01-01T00:30:00Z"));
            assertEquals(List.of(), node2.tick(), "before reportTime on the 1st");
            clock.set(Instant.parse("2027-01-01T01:00:00Z"));
            assertEquals(List.of("2026-12", "2026-Q4"), node2.tick().stream().map(ReportPeriod::name).toList());

            config.reportQuarterly = false;
            config.reportMonthly = false;
            node1.configure(config);
            clock.set(Instant.parse("2027-02-01T02:00:00Z"));
            assertEquals(List.of(), node1.tick(), "switched off");
            s1.deactivate();
            s2.deactivate();
        }
    }

    @Test
    void scheduledReportsWaitForEveryDomainToBeReady() {
        TestConfig config = new TestConfig();
        List<HealthStatus> status = new ArrayList<>(List.of(HealthStatus.notReady("loading sample data")));
        ReportScheduler scheduler = new ReportScheduler(reports, config, clock, () -> List.of(indicator(status)));
        assertEquals(List.of(), scheduler.tick());
        assertEquals(0, jpa.count("ReportEntity"));
        status.set(0, HealthStatus.ready("ok"));
        assertEquals(2, scheduler.tick().size());
    }

    private static org.policyops.api.health.HealthIndicator indicator(List<HealthStatus> status) {
        return new org.policyops.api.health.HealthIndicator() {
            @Override
            public String domain() {
                return "test";
            }

            @Override
            public HealthStatus check() {
                return status.get(0);
            }
        };
    }
}
