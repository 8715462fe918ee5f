package org.policyops.metrics.internal.dto;

import java.time.Instant;
import java.time.LocalDate;

import org.policyops.metrics.internal.entity.ReportEntity;

/** An archived report as the archive lists it, with the paths of its HTML and PDF. */
public record ReportView(long id, String kind, String period, LocalDate from, LocalDate to, LocalDate asOf,
        Instant generatedAt, String trigger, String generatedBy, int htmlBytes, int pdfBytes, long renderMillis,
        String html, String pdf) {

    public static ReportView of(ReportEntity e) {
        String base = "/api/metrics/reports/" + e.getId();
        return new ReportView(e.getId(), e.getKind(), e.getPeriod(), e.getPeriodFrom(), e.getPeriodTo(), e.getAsOf(),
                Instant.ofEpochMilli(e.getGeneratedAt()), e.getTrigger(), e.getGeneratedBy(), e.getHtmlBytes(),
                e.getPdfBytes(), e.getRenderMillis(), base + "/html", base + "/pdf");
    }
}
