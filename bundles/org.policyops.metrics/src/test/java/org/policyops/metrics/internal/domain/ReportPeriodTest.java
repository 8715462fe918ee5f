package org.policyops.metrics.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyops.metrics.internal.domain.ReportPeriod.Kind;

class ReportPeriodTest {

    @Test
    void monthsAndQuartersHaveTheirCalendarBounds() {
        ReportPeriod nov = ReportPeriod.parse(Kind.MONTHLY, "2026-11");
        assertEquals(LocalDate.parse("2026-11-01"), nov.from());
        assertEquals(LocalDate.parse("2026-11-30"), nov.to());
        assertEquals("2026-11", nov.name());
        assertEquals("November 2026", nov.title());
        assertEquals(Period.WEEK, nov.trendPeriod());

        ReportPeriod q4 = ReportPeriod.parse(Kind.QUARTERLY, "2026-q4");
        assertEquals(LocalDate.parse("2026-10-01"), q4.from());
        assertEquals(LocalDate.parse("2026-12-31"), q4.to());
        assertEquals("2026-Q4", q4.name());
        assertEquals("Q4 2026 (October-December)", q4.title());
        assertEquals(Period.MONTH, q4.trendPeriod());
        assertEquals(ReportPeriod.parse(Kind.QUARTERLY, "2024-Q1"), ReportPeriod.containing(Kind.QUARTERLY, LocalDate.parse("2024-02-29")));
        assertEquals(LocalDate.parse("2024-02-29"), ReportPeriod.parse(Kind.MONTHLY, "2024-02").to());
    }

    @Test
    void badNamesSayWhatIsExpected() {
        assertEquals("a month is YYYY-MM, e.g. 2026-11 (was '2026-Q4')",
                assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse(Kind.MONTHLY, "2026-Q4")).getMessage());
        assertEquals("a quarter is YYYY-Qn, e.g. 2026-Q4 (was '2026-Q5')",
                assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse(Kind.QUARTERLY, "2026-Q5")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Kind.parse("weekly"));
        assertEquals(Kind.QUARTERLY, Kind.parse(" quarterly "));
    }

    @Test
    void theLastCompletePeriodIsDueFromReportTimeOnTheNextPeriodsFirstDay() {
        LocalTime at = LocalTime.of(1, 0);
        assertEquals("2026-10", ReportPeriod.due(Kind.MONTHLY, Instant.parse("2026-12-01T00:59:00Z"), at).name());
        assertEquals("2026-11", ReportPeriod.due(Kind.MONTHLY, Instant.parse("2026-12-01T01:00:00Z"), at).name());
        assertEquals("2026-11", ReportPeriod.due(Kind.MONTHLY, Instant.parse("2026-12-31T23:59:00Z"), at).name());
        assertEquals("2026-12", ReportPeriod.due(Kind.MONTHLY, Instant.parse("2027-01-01T01:00:00Z"), at).name());
        assertEquals("2026-Q1", ReportPeriod.due(Kind.QUARTERLY, Instant.parse("2026-07-01T00:30:00Z"), at).name());
        assertEquals("2026-Q2", ReportPeriod.due(Kind.QUARTERLY, Instant.parse("2026-07-01T01:30:00Z"), at).name());
        assertEquals("2026-Q3", ReportPeriod.due(Kind.QUARTERLY, Instant.parse("2026-12-07T10:00:00Z"), at).name());
    }

    @Test
    void theScheduleListsTheKindsSwitchedOn() {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        assertEquals(List.of("2026-11", "2026-Q3"),
                ReportSchedule.of(true, true, "01:00").due(now).stream().map(ReportPeriod::name).toList());
        assertEquals(List.of("2026-Q3"), ReportSchedule.of(false, true, "01:00").due(now).stream().map(ReportPeriod::name).toList());
        assertEquals(List.of(), ReportSchedule.of(false, false, "01:00").due(now));
        assertThrows(IllegalArgumentException.class, () -> ReportSchedule.of(true, true, "1 am"));
    }
}
