package org.policyops.metrics.internal.entity;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** The documents of an archived report ({@link ReportEntity} with the same id): its HTML (UTF-8) and its PDF. */
@Entity
@Table(name = "METRICS_REPORT_FILE")
public class ReportFileEntity {

    @Id
    @Column(name = "REPORT_ID")
    private Long reportId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "HTML", nullable = false)
    private byte[] html;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "PDF", nullable = false)
    private byte[] pdf;

    protected ReportFileEntity() {
        // for JPA
    }

    public ReportFileEntity(long reportId, byte[] html, byte[] pdf) {
        this.reportId = reportId;
        this.html = html;
        this.pdf = pdf;
    }

    public byte[] getHtml() {
        return html;
    }

    public byte[] getPdf() {
        return pdf;
    }
}
