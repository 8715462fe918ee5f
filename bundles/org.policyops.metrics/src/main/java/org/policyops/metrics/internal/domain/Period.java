package org.policyops.metrics.internal.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The periods a series is read in; a period is named by its first day (weeks start on Monday). */
public enum Period {
    DAY, WEEK, MONTH, QUARTER;

    public LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
        };
    }

    /**
     * Parses {@code day}, {@code week}, {@code month} or {@code quarter} in any case.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Period parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be one of day, week, month, quarter (was '" + text + "')", e);
        }
    }
}
