package org.policyops.api.metrics;

/**
 * Event Admin topics posted by the metrics feature, and their property names. Subscribe with
 * {@code event.topics=org/policyops/metrics/*}, e.g. from an integration plugin that mails or uploads reports.
 *
 * @since 1.1
 */
public final class MetricsEvents {

    /**
     * An executive report was generated and archived. Properties: reportId, kind ({@code MONTHLY} or {@code QUARTERLY}),
     * period ({@code 2026-11}, {@code 2026-Q4}), trigger ({@code ON_DEMAND} or {@code SCHEDULED}), htmlPath and pdfPath
     * (paths under the platform's address to download it, e.g. {@code /api/metrics/reports/3/pdf}), at.
     */
    public static final String REPORT_PUBLISHED = "org/policyops/metrics/report/PUBLISHED";

    public static final String PROP_REPORT_ID = "reportId";
    public static final String PROP_KIND = "kind";
    public static final String PROP_PERIOD = "period";
    public static final String PROP_TRIGGER = "trigger";
    public static final String PROP_HTML_PATH = "htmlPath";
    public static final String PROP_PDF_PATH = "pdfPath";
    /** ISO-8601 instant. */
    public static final String PROP_AT = "at";

    private MetricsEvents() {
    }
}
