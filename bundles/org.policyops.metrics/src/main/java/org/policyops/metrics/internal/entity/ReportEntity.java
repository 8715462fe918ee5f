package org.policyops.metrics.internal.entity;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * An archived executive report: what it covers and who or what made it. Its HTML and PDF are in
 * {@link ReportFileEntity}, so that listing the archive reads no document.
 */
@Entity
@Table(name = "METRICS_REPORT", indexes = @Index(name = "METRICS_REPORT_PERIOD", columnList = "KIND, PERIOD_NAME"))
public class ReportEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "KIND", length = 16, nullable = false)
    private String kind;

    @Column(name = "PERIOD_NAME", length = 16, nullable = false)
    private String period;

    @Column(name = "PERIOD_FROM", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "PERIOD_TO", nullable = false)
    private LocalDate periodTo;

    /** The day the report's domain figures are as of: the period's last day, or the day it was made if earlier. */
    @Column(name = "AS_OF", nullable = false)
    private LocalDate asOf;

    @Column(name = "GENERATED_AT", nullable = false)
    private long generatedAt;

    /** {@code ON_DEMAND} or {@code SCHEDULED}. */
    @Column(name = "TRIGGER_KIND", length = 16, nullable = false)
    private String trigger;

    /** The login that asked for it; null for the schedule. */
    @Column(name = "GENERATED_BY", length = 100)
    private String generatedBy;

    @Column(name = "HTML_BYTES", nullable = false)
    private int htmlBytes;

    @Column(name = "PDF_BYTES", nullable = false)
    private int pdfBytes;

    /** How long making the HTML and PDF took. */
    @Column(name = "RENDER_MILLIS", nullable = false)
    private long renderMillis;

    protected ReportEntity() {
        // for JPA
    }

    public ReportEntity(String kind, String period, LocalDate periodFrom, LocalDate periodTo, LocalDate asOf,
            long generatedAt, String trigger, String generatedBy, int htmlBytes, int pdfBytes, long renderMillis) {
        this.kind = kind;
        this.period = period;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.asOf = asOf;
        this.generatedAt = generatedAt;
        this.trigger = trigger;
        this.generatedBy = generatedBy;
        this.htmlBytes = htmlBytes;
        this.pdfBytes = pdfBytes;
        this.renderMillis = renderMillis;
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getPeriod() {
        return period;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public long getGeneratedAt() {
        return generatedAt;
    }

    public String getTrigger() {
        return trigger;
    }

    public String getGeneratedBy() {
        return generatedBy;
    }

    public int getHtmlBytes() {
        return htmlBytes;
    }

    public int getPdfBytes() {
        return pdfBytes;
    }

    public long getRenderMillis() {
        return renderMillis;
    }
}
