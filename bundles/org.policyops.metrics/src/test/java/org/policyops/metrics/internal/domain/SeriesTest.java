package org.policyops.metrics.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyops.api.metrics.KpiDefinition.Direction;
import org.policyops.api.metrics.KpiStatus;

class SeriesTest {

    private static final Thresholds COVERAGE = new Thresholds(Direction.HIGHER_IS_BETTER, 0.95, 0.9, 0.8);

    private static Series.Reading r(String day, double value) {
        return new Series.Reading(LocalDate.parse(day), value);
    }

    @Test
    void dailyChangeAndStatus() {
        List<Series.Point> points = Series.of(List.of(r("2026-11-03", 0.85), r("2026-11-01", 0.5), r("2026-11-02", 0.8)),
                Period.DAY, COVERAGE);
        assertEquals(3, points.size());
        assertEquals(LocalDate.parse("2026-11-01"), points.get(0).period());
        assertNull(points.get(0).change());
        assertNull(points.get(0).changeRatio());
        assertEquals(KpiStatus.CRITICAL, points.get(0).status());
        assertEquals(0.3, points.get(1).change());
        assertEquals(0.6, points.get(1).changeRatio());
        assertEquals(KpiStatus.WARNING, points.get(1).status());
        assertEquals(0.05, points.get(2).change());
        assertEquals(0.0625, points.get(2).changeRatio());
    }

    @Test
    void aPeriodShowsItsLastReading() {
        // Monday 2 Nov 2026 starts a week; 8 Nov is its Sunday.
        List<Series.Point> weeks = Series.of(List.of(r("2026-11-02", 0.7), r("2026-11-08", 0.92), r("2026-11-05", 0.1),
                r("2026-11-09", 0.96)), Period.WEEK, COVERAGE);
        assertEquals(2, weeks.size());
        assertEquals(LocalDate.parse("2026-11-02"), weeks.get(0).period());
        assertEquals(LocalDate.parse("2026-11-08"), weeks.get(0).day());
        assertEquals(0.92, weeks.get(0).value());
        assertEquals(KpiStatus.ON_TARGET, weeks.get(0).status());
        assertEquals(LocalDate.parse("2026-11-09"), weeks.get(1).period());
        assertEquals(0.04, weeks.get(1).change());

        List<Series.Point> quarters = Series.of(List.of(r("2026-09-30", 0.5), r("2026-10-01", 0.6), r("2026-12-31", 0.0),
                r("2027-01-01", 0.2)), Period.QUARTER, COVERAGE);
        assertEquals(List.of(LocalDate.parse("2026-07-01"), LocalDate.parse("2026-10-01"), LocalDate.parse("2027-01-01")),
                quarters.stream().map(Series.Point::period).toList());
        assertEquals(-0.5, quarters.get(1).change());
        assertEquals(-1.0, quarters.get(1).changeRatio());
        assertNull(quarters.get(2).changeRatio(), "no ratio of a change from 0");
        assertEquals(0.2, quarters.get(2).change());
    }

    @Test
    void periodsParseAndStart() {
        assertEquals(Period.MONTH, Period.parse(" Month "));
        assertEquals(LocalDate.parse("2026-12-01"), Period.MONTH.start(LocalDate.parse("2026-12-07")));
        assertEquals(LocalDate.parse("2026-12-07"), Period.WEEK.start(LocalDate.parse("2026-12-13")));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Period.parse("fortnight"));
        assertEquals("must be one of day, week, month, quarter (was 'fortnight')", e.getMessage());
    }

    @Test
    void dimensionsRoundTrip() {
        java.util.Map<String, String> dims = java.util.Map.of("region", "EU", "team", "Policy & Safety=1%");
        String key = Dimensions.key(dims);
        assertEquals("region=EU&team=Policy %26 Safety%3D1%25", key);
        assertEquals(dims, Dimensions.parse(key));
        assertEquals("", Dimensions.key(java.util.Map.of()));
        assertEquals(java.util.Map.of(), Dimensions.parse(""));
    }
}
