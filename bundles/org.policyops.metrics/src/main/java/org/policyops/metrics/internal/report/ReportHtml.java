package org.policyops.metrics.internal.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.policyops.api.localization.OverdueTimeline;
import org.policyops.api.metrics.KpiStatus;
import org.policyops.api.training.GapInfo;
import org.policyops.metrics.internal.domain.Series;
import org.policyops.metrics.internal.report.ExecutiveReport.AdoptionRow;
import org.policyops.metrics.internal.report.ExecutiveReport.BlockedLaunch;
import org.policyops.metrics.internal.report.ExecutiveReport.ScoreRow;
import org.policyops.metrics.internal.report.ExecutiveReport.Section;
import org.policyops.metrics.internal.report.ExecutiveReport.Trend;

/**
 * Writes a report as one self-contained XHTML page (inline CSS, no script, no external resource), which is both the
 * HTML download and the input of the PDF. It keeps to the characters of the PDF standard fonts (Latin-1 and a few
 * more), since the PDF embeds no font.
 */
public final class ReportHtml {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private ReportHtml() {
    }

    public static String write(ExecutiveReport r) {
        StringBuilder h = new StringBuilder(16_384);
        String title = (r.period().kind() == org.policyops.metrics.internal.domain.ReportPeriod.Kind.MONTHLY
                ? "Monthly" : "Quarterly") + " executive report: " + r.period().title();
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n<title>").append(esc("PolicyOps - " + title)).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">PolicyOps north-star KPIs, ")
                .append(r.period().from()).append(" to ").append(r.period().to()).append(". Domain figures as of ")
                .append(r.asOf()).append("; generated ").append(AT.format(r.generatedAt())).append(".</p>\n");

        h.append("<h2>Scorecard</h2>\n");
        if (r.scorecard().isEmpty()) {
            h.append("<p class=\"note\">No KPIs: no domain with KPIs is installed.</p>\n");
        } else {
            h.append("<p class=\"meta\">Each KPI over everything from its latest snapshot; regions in WARNING and "
                    + "CRITICAL of those with a value.</p>\n");
            table(h, List.of("KPI", "Value", "Target", "Status", "Change", "Regions warning / critical"), r.scorecard(),
                    (ScoreRow s) -> List.of(cell(s.name()), num(ReportFormat.value(s.unit(), s.value())),
                            num(ReportFormat.value(s.unit(), s.target())), status(s.status()),
                            num(ReportFormat.change(s.unit(), s.change())),
                            num(s.regions() == 0 ? ReportFormat.NONE
                                    : s.regionsWarning() + " / " + s.regionsCritical() + " of " + s.regions())));
        }

        h.append("<h2>Trends</h2>\n");
        if (r.trends().isEmpty()) {
            h.append("<p class=\"note\">No KPIs.</p>\n");
        } else {
            h.append("<p class=\"meta\">Each KPI over everything, the last value recorded in each ")
                    .append(r.period().trendPeriod().name().toLowerCase(java.util.Locale.ROOT))
                    .append(" of the period (named by its first day).</p>\n");
            for (Trend t : r.trends()) {
                h.append("<h3>").append(esc(t.name())).append("</h3>\n");
                if (t.points().isEmpty()) {
                    h.append("<p class=\"note\">No values recorded in the period.</p>\n");
                    continue;
                }
                table(h, List.of(r.period().trendPeriod() == org.policyops.metrics.internal.domain.Period.WEEK
                        ? "Week of" : "Month of", "Value", "Change", "Status"), t.points(),
                        (Series.Point p) -> List.of(date(p.period().toString()), num(ReportFormat.value(t.unit(), p.value())),
                                num(ReportFormat.change(t.unit(), p.change())), status(p.status())));
                h.append("<p class=\"meta\">Over the period: ").append(esc(ReportFormat.change(t.unit(), t.change())))
                        .append(".</p>\n");
            }
        }

        section(h, "Top training gaps", r.trainingGaps(), "No training gaps.",
                List.of("#", "Policy", "Region", "Role", "Coverage", "Leakage", "Why", "Suggested action"),
                (GapInfo g) -> List.of(num(String.valueOf(g.rank())), cell(g.policyKey()), cell(g.region()), cell(g.role()),
                        num(ReportFormat.value("ratio", g.share()) + " (" + g.certified() + "/" + g.inScope() + ")"),
                        num(ReportFormat.value("ratio", g.leakageRate())), cell(String.join("; ", g.reasons())),
                        cell(g.suggestedAction())));

        section(h, "Launches in flight with NO_GO blockers", r.blockedLaunches(),
                "No planned or approved launch region is NO_GO.",
                List.of("Launch", "Policy", "Region", "Target date", "Blocking rules"),
                (BlockedLaunch b) -> List.of(cell("#" + b.launchId() + " " + b.title()),
                        cell(b.policyKey() + " " + b.policyVersion()), cell(b.region()),
                        date(b.targetDate() == null ? ReportFormat.NONE : b.targetDate().toString()),
                        cell(b.blockers().isEmpty() ? "(none named)" : String.join("; ", b.blockers()))));

        section(h, "Overdue localization", r.overdueLocalization(), "No regional timeline is overdue.",
                List.of("Policy", "Region", "Late", "Due since", "Days overdue"),
                (OverdueTimeline o) -> List.of(cell(o.policyKey() + " " + o.policyVersion()), cell(o.region()),
                        cell(String.join(", ", o.overdue())), date(o.earliestDue().toString()),
                        num(String.valueOf(o.daysOverdue()))));

        section(h, "Tool adoption", r.toolAdoption(), "No tool has usage or a target population.",
                List.of("Tool", "Regions", "Active (28 days)", "Target population", "Adoption"),
                (AdoptionRow a) -> List.of(cell(a.toolName()), num(String.valueOf(a.regions())),
                        num(String.valueOf(a.active28())),
                        num(a.targetPopulation() == 0 ? ReportFormat.NONE : String.valueOf(a.targetPopulation())),
                        num(ReportFormat.value("ratio", a.adoption28()))));

        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static <T> void section(StringBuilder h, String heading, Section<T> s, String none, List<String> columns,
            Function<T, List<String>> cells) {
        h.append("<h2>").append(esc(heading)).append("</h2>\n");
        if (s.note() != null) {
            h.append("<p class=\"note\">").append(esc(s.note())).append("</p>\n");
            return;
        }
        if (s.rows().isEmpty()) {
            h.append("<p>").append(esc(none)).append("</p>\n");
            return;
        }
        if (s.total() > s.rows().size()) {
            h.append("<p class=\"meta\">The first ").append(s.rows().size()).append(" of ").append(s.total()).append(".</p>\n");
        }
        table(h, columns, s.rows(), cells);
    }

    private static <T> void table(StringBuilder h, List<String> columns, List<T> rows, Function<T, List<String>> cells) {
        h.append("<table>\n<thead><tr>");
        columns.forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        for (T row : rows) {
            h.append("<tr>");
            cells.apply(row).forEach(h::append);
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static String cell(String text) {
        return "<td>" + esc(text) + "</td>";
    }

    private static String date(String text) {
        return "<td class=\"date\">" + esc(text) + "</td>";
    }

    private static String num(String text) {
        return "<td class=\"num\">" + esc(text) + "</td>";
    }

    private static String status(KpiStatus s) {
        return "<td class=\"status " + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "\">" + s.name()
                + "</td>";
    }

    /** Escapes for XHTML, and replaces characters the PDF's standard fonts lack (outside Latin-1) with '?'. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        b.append(' ');
                    } else if (c > 0xFF && c != 0x2013 && c != 0x2014 && c != 0x2019 && c != 0x201C && c != 0x201D
                            && c != 0x2022 && c != 0x20AC) {
                        b.append('?');
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }

    private static final String CSS = """
            @page { size: A4; margin: 16mm 14mm; }
            body { font-family: Helvetica, Arial, sans-serif; font-size: 9.5pt; color: #1d1d1f; }
            h1 { font-size: 17pt; margin: 0 0 4pt 0; }
            h2 { font-size: 12.5pt; margin: 14pt 0 4pt 0; border-bottom: 1px solid #999; }
            h3 { font-size: 10pt; margin: 8pt 0 2pt 0; }
            p { margin: 2pt 0 4pt 0; }
            .meta { color: #555; font-size: 8.5pt; }
            .note { color: #7a4a00; font-style: italic; }
            table { border-collapse: collapse; width: 100%; margin-bottom: 4pt; }
            th, td { border: 1px solid #ccc; padding: 2pt 4pt; text-align: left; vertical-align: top; }
            th { background: #eee; }
            tr { page-break-inside: avoid; }
            td.num { text-align: right; white-space: nowrap; }
            td.date { white-space: nowrap; }
            td.status { font-weight: bold; white-space: nowrap; }
            td.on-target { background: #d8f0d8; color: #145214; }
            td.warning { background: #fff0c2; color: #6b4e00; }
            td.critical { background: #f8d0d0; color: #8a1010; }
            td.no-data { background: #eee; color: #555; }
            """;
}
