package org.policyops.metrics.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.policyops.api.metrics.KpiStatus;
import org.policyops.metrics.internal.domain.ReportPeriod;
import org.policyops.metrics.internal.report.ExecutiveReport.ScoreRow;
import org.policyops.metrics.internal.report.ExecutiveReport.Section;
import org.xml.sax.InputSource;

class ReportDocumentsTest {

    private static ExecutiveReport report(String kpiName) {
        ReportPeriod q = ReportPeriod.parse(ReportPeriod.Kind.QUARTERLY, "2026-Q3");
        return new ExecutiveReport(q, Instant.parse("2026-10-01T01:00:00Z"), q.to(),
                List.of(new ScoreRow("training-coverage", kpiName, "ratio", LocalDate.parse("2026-09-30"), 0.8125, 0.8,
                        0.0125, 0.95, KpiStatus.WARNING, 9, 4, 1),
                        new ScoreRow("time-to-deploy-median", "Time-to-deploy (median)", "days",
                                LocalDate.parse("2026-09-30"), 61.5, 63.0, -1.5, 60, KpiStatus.ON_TARGET, 0, 0, 0)),
                List.of(), Section.notInstalled("training"), Section.of(List.of(), 10), Section.notInstalled("localization"),
                Section.notInstalled("tooling"));
    }

    @Test
    void valuesAreWrittenByUnit() {
        assertEquals("81.3 %", ReportFormat.value("ratio", 0.8125));
        assertEquals("61.5", ReportFormat.value("days", 61.5));
        assertEquals("12", ReportFormat.value("count", 12.0));
        assertEquals("n/a", ReportFormat.value("ratio", null));
        assertEquals("+1.3 pp", ReportFormat.change("ratio", 0.0125));
        assertEquals("-1.5", ReportFormat.change("days", -1.5));
        assertEquals("0.0", ReportFormat.change("days", 0.0));
    }

    @Test
    void theHtmlIsWellFormedXhtmlWithTextEscaped() throws Exception {
        String html = ReportHtml.write(report("Coverage <EU & UK> \u2192 \"all\""));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.newDocumentBuilder().parse(new InputSource(new StringReader(html.replace("<!DOCTYPE html>", ""))));
        assertTrue(html.contains("Coverage &lt;EU &amp; UK&gt; ? &quot;all&quot;"), "escaped; an arrow the PDF fonts lack is '?'");
        assertTrue(html.contains("<td class=\"status warning\">WARNING</td>"));
        assertTrue(html.contains("4 / 1 of 9"));
        assertTrue(html.contains("No planned or approved launch region is NO_GO."));
    }

    @Test
    void thePdfHoldsTheKpiNamesAndValues() throws IOException {
        String html = ReportHtml.write(report("Training coverage"));
        byte[] pdf = ReportPdf.write(html, "test");
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Quarterly executive report: Q3 2026 (July-September)"), text);
            assertTrue(text.contains("Training coverage"), text);
            assertTrue(text.contains("81.3 %"), text);
            assertTrue(text.contains("Time-to-deploy (median)"), text);
            assertTrue(text.contains("61.5"), text);
            assertTrue(text.contains("The localization feature is not installed."), text);
        }
    }
}
