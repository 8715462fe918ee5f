package org.policyops.metrics.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.Severity;
import org.policyops.api.compliance.Verdict;
import org.policyops.api.launches.ComplianceRuntime;
import org.policyops.api.launches.LaunchSummary;
import org.policyops.api.launches.Readiness;
import org.policyops.api.launches.ReadinessReport;
import org.policyops.api.launches.RegionReadiness;
import org.policyops.api.launches.RuleEvaluation;
import org.policyops.api.localization.LocalizationCatalog;
import org.policyops.api.localization.OverdueTimeline;
import org.policyops.api.metrics.KpiScore;
import org.policyops.api.metrics.KpiScorecard;
import org.policyops.api.metrics.KpiStatus;
import org.policyops.api.tooling.AdoptionInfo;
import org.policyops.api.tooling.ToolAdoption;
import org.policyops.api.training.GapInfo;
import org.policyops.api.training.TrainingQuery;
import org.policyops.metrics.internal.domain.Period;
import org.policyops.metrics.internal.domain.ReportPeriod;
import org.policyops.metrics.internal.domain.Series;

class ReportBuilderTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-07");
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final ReportPeriod NOVEMBER = ReportPeriod.parse(ReportPeriod.Kind.MONTHLY, "2026-11");

    private final KpiScorecard scorecard = region -> List.of(
            score("coverage", Map.of(), 0.82, 0.8, KpiStatus.WARNING),
            score("coverage", Map.of("region", "EU"), 0.95, 0.9, KpiStatus.ON_TARGET),
            score("coverage", Map.of("region", "UK"), 0.6, 0.7, KpiStatus.CRITICAL),
            score("coverage", Map.of("region", "US"), 0.8, 0.8, KpiStatus.WARNING),
            new KpiScore("ttd", "Time to deploy", "days", Map.of(), null, null, null, null, 60, KpiStatus.NO_DATA),
            score("adoption", Map.of("region", "EU"), 0.5, null, KpiStatus.CRITICAL));
    private final List<Object[]> trendCalls = new ArrayList<>();
    private final ReportBuilder builder = new ReportBuilder(scorecard, (id, from, to, period) -> {
        trendCalls.add(new Object[] { id, from, to, period });
        return id.equals("coverage") ? List.of(new Series.Point(from, from.plusDays(6), 0.7, null, null, KpiStatus.CRITICAL),
                new Series.Point(from.plusDays(7), from.plusDays(13), 0.82, 0.12, 0.17, KpiStatus.WARNING)) : List.of();
    });

    private static KpiScore score(String id, Map<String, String> dims, double value, Double previous, KpiStatus status) {
        return new KpiScore(id, "KPI " + id, "ratio", dims, LocalDate.parse("2026-12-06"), value, previous,
                previous == null ? null : value - previous, 0.9, status);
    }

    @Test
    void scorecardRowsAreTheValuesOverEverythingWithRegionsCountedByStatus() {
        ExecutiveReport r = builder.build(NOVEMBER, new ReportBuilder.Domains(null, null, null, null, null), NOW, TODAY);
        assertEquals(List.of("coverage", "ttd", "adoption"), r.scorecard().stream().map(ExecutiveReport.ScoreRow::kpiId).toList());
        ExecutiveReport.ScoreRow coverage = r.scorecard().get(0);
        assertEquals(0.82, coverage.value());
        assertEquals(KpiStatus.WARNING, coverage.status());
        assertEquals(3, coverage.regions());
        assertEquals(1, coverage.regionsWarning());
        assertEquals(1, coverage.regionsCritical());
        assertEquals(KpiStatus.NO_DATA, r.scorecard().get(1).status());
        ExecutiveReport.ScoreRow adoption = r.scorecard().get(2);
        assertNull(adoption.value(), "only a regional value: nothing over everything");
        assertEquals(KpiStatus.NO_DATA, adoption.status());
        assertEquals(1, adoption.regionsCritical());
    }

    @Test
    void trendsCoverThePeriodUpToTodayByWeekOrMonth() {
        ExecutiveReport nov = builder.build(NOVEMBER, new ReportBuilder.Domains(null, null, null, null, null), NOW, TODAY);
        assertEquals(LocalDate.parse("2026-11-30"), nov.asOf());
        assertEquals(3, trendCalls.size());
        assertEquals(LocalDate.parse("2026-11-01"), trendCalls.get(0)[1]);
        assertEquals(LocalDate.parse("2026-11-30"), trendCalls.get(0)[2]);
        assertEquals(Period.WEEK, trendCalls.get(0)[3]);
        assertEquals(0.12, nov.trends().get(0).change(), 1e-9);
        assertNull(nov.trends().get(1).change());

        trendCalls.clear();
        ExecutiveReport q4 = builder.build(ReportPeriod.parse(ReportPeriod.Kind.QUARTERLY, "2026-Q4"),
                new ReportBuilder.Domains(null, null, null, null, null), NOW, TODAY);
        assertEquals(TODAY, q4.asOf(), "a period not over yet: as of today");
        assertEquals(TODAY, trendCalls.get(0)[2]);
        assertEquals(Period.MONTH, trendCalls.get(0)[3]);
    }

    @Test
    void domainsNotInstalledSaySo() {
        ExecutiveReport r = builder.build(NOVEMBER, new ReportBuilder.Domains(null, null, null, null, null), NOW, TODAY);
        assertFalse(r.trainingGaps().installed());
        assertEquals("The training feature is not installed.", r.trainingGaps().note());
        assertEquals("The launches feature is not installed.", r.blockedLaunches().note());
        assertEquals("The localization feature is not installed.", r.overdueLocalization().note());
        assertEquals("The tooling feature is not installed.", r.toolAdoption().note());
        String html = ReportHtml.write(r);
        assertTrue(html.contains("The training feature is not installed."));
        assertTrue(html.contains("The tooling feature is not installed."));
    }

    @Test
    void aFailingDomainLeavesANoteNotAFailedReport() {
        TrainingQuery training = mock(TrainingQuery.class);
        when(training.gaps(ExecutiveReport.TOP)).thenThrow(new IllegalStateException("database gone"));
        ExecutiveReport r = builder.build(NOVEMBER, new ReportBuilder.Domains(training, null, null, null, null), NOW, TODAY);
        assertTrue(r.trainingGaps().installed());
        assertEquals("The training gaps could not be read: database gone", r.trainingGaps().note());
    }

    @Test
    void trainingGapsAndOverdueTimelinesComeFromTheirServices() {
        TrainingQuery training = mock(TrainingQuery.class);
        GapInfo gap = new GapInfo(1, "hate-speech", "EU", "moderator", 100, 60, 0.6, 0.05, 0.01, "2026-11", 0.4,
                List.of("coverage 60 % < 95 %"), "Assign HS-101 to 40 people");
        when(training.gaps(ExecutiveReport.TOP)).thenReturn(List.of(gap));
        LocalizationCatalog localization = mock(LocalizationCatalog.class);
        OverdueTimeline late = new OverdueTimeline("hate-speech", "3.1", "DE", List.of("translation"),
                LocalDate.parse("2026-11-10"), 20);
        when(localization.overdueTimelines(LocalDate.parse("2026-11-30"), LocalizationCatalog.MAX_TIMELINES))
                .thenReturn(List.of(late));
        ExecutiveReport r = builder.build(NOVEMBER, new ReportBuilder.Domains(training, null, localization, null, null),
                NOW, TODAY);
        assertEquals(List.of(gap), r.trainingGaps().rows());
        assertEquals(List.of(late), r.overdueLocalization().rows());
        String html = ReportHtml.write(r);
        assertTrue(html.contains("Assign HS-101 to 40 people"));
        assertTrue(html.contains("60.0 % (60/100)"));
        assertTrue(html.contains("<td>hate-speech 3.1</td><td>DE</td><td>translation</td><td class=\"date\">2026-11-10</td>"));
    }

    @Test
    void onlyOpenLaunchRegionsThatAreNoGoAreListedWithTheirBlockingRules() {
        ComplianceRuntime launches = mock(ComplianceRuntime.class);
        when(launches.launches(ReportBuilder.LAUNCHES_READ)).thenReturn(List.of(
                new LaunchSummary(1, "Hate speech v3.1", "hate-speech", "3.1", "IN_PROGRESS",
                        List.of(RegionCode.of("EU"), RegionCode.of("UK"), RegionCode.of("US"))),
                new LaunchSummary(2, "Done", "csam", "2.0", "COMPLETED", List.of(RegionCode.of("EU")))));
        RuleEvaluation blocking = new RuleEvaluation("eu.translations", "EU translations reviewed", Severity.BLOCKER, false,
                Verdict.FAIL, List.of(), List.of(), true, "eu-pack", "1.0.0", 3);
        RuleEvaluation advisory = new RuleEvaluation("eu.notice", "Notice wording", Severity.WARNING, false, Verdict.FAIL,
                List.of(), List.of(), false, "eu-pack", "1.0.0", 1);
        when(launches.readiness(1, null)).thenReturn(Optional.of(new ReadinessReport(1, "Hate speech v3.1", "hate-speech",
                "3.1", NOW, List.of(
                        new RegionReadiness(RegionCode.of("EU"), LocalDate.parse("2027-01-15"), "PLANNED", Readiness.NO_GO,
                                List.of(blocking, advisory)),
                        new RegionReadiness(RegionCode.of("UK"), LocalDate.parse("2026-12-20"), "APPROVED", Readiness.GO,
                                List.of(advisory)),
                        new RegionReadiness(RegionCode.of("US"), LocalDate.parse("2026-10-01"), "ENFORCING",
                                Readiness.NO_GO, List.of(blocking))))));
        ExecutiveReport r = builder.build(NOVEMBER, new ReportBuilder.Domains(null, launches, null, null, null), NOW, TODAY);
        assertEquals(1, r.blockedLaunches().rows().size());
        ExecutiveReport.BlockedLaunch b = r.blockedLaunches().rows().get(0);
        assertEquals("EU", b.region());
        assertEquals(List.of("EU translations reviewed (FAIL)"), b.blockers());
        verify(launches, never()).readiness(2, null);
    }

    @Test
    void toolAdoptionIsSummedOverRegionsTheLeastAdoptedFirst() {
        ToolAdoption adoption = mock(ToolAdoption.class);
        when(adoption.adoption(any())).thenReturn(List.of(
                new AdoptionInfo("labeler", "EU", 100L, 40, 80, 0.4, 0.8),
                new AdoptionInfo("labeler", "UK", 100L, 10, 20, 0.1, 0.2),
                new AdoptionInfo("llm-review", "EU", 50L, 5, 10, 0.1, 0.2),
                new AdoptionInfo("llm-review", "US", null, 7, 9, null, null),
                new AdoptionInfo("wiki", "EU", null, 3, 4, null, null)));
        ExecutiveReport r = builder.build(NOVEMBER, new ReportBuilder.Domains(null, null, null, adoption, null), NOW, TODAY);
        List<ExecutiveReport.AdoptionRow> rows = r.toolAdoption().rows();
        assertEquals(List.of("llm-review", "labeler", "wiki"), rows.stream().map(ExecutiveReport.AdoptionRow::toolKey).toList());
        assertEquals(0.2, rows.get(0).adoption28(), 1e-9, "10 of 50: the region without a population is left out");
        assertEquals(19, rows.get(0).active28());
        assertEquals(0.5, rows.get(1).adoption28(), 1e-9);
        assertNull(rows.get(2).adoption28());
        verify(adoption).adoption(LocalDate.parse("2026-11-30"));
    }

    @Test
    void longListsKeepTheTopAndSayHowManyThereWere() {
        LocalizationCatalog localization = mock(LocalizationCatalog.class);
        List<OverdueTimeline> many = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            many.add(new OverdueTimeline("p" + i, "1.0", "EU", List.of("training"), LocalDate.parse("2026-11-01"), 29));
        }
        when(localization.overdueTimelines(any(), org.mockito.ArgumentMatchers.anyInt())).thenReturn(many);
        ExecutiveReport r = builder.build(NOVEMBER, new ReportBuilder.Domains(null, null, localization, null, null), NOW, TODAY);
        assertEquals(ExecutiveReport.TOP, r.overdueLocalization().rows().size());
        assertEquals(14, r.overdueLocalization().total());
        assertTrue(ReportHtml.write(r).contains("The first 10 of 14."));
    }
}
