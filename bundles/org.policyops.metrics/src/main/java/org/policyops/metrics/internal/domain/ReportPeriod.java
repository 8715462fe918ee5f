package org.policyops.metrics.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar month or quarter an executive report covers, e.g. {@code MONTHLY 2026-11} (November 2026) or
 * {@code QUARTERLY 2026-Q4} (October to December 2026).
 */
public record ReportPeriod(Kind kind, LocalDate from, LocalDate to) {

    /** How long a report's period is. */
    public enum Kind {
        MONTHLY, QUARTERLY;

        /** Reads {@code monthly} or {@code QUARTERLY}. */
        public static Kind parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("must be MONTHLY or QUARTERLY (was '" + text + "')", e);
            }
        }
    }

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    /** The period of the given kind that holds the day. */
    public static ReportPeriod containing(Kind kind, LocalDate day) {
        if (kind == Kind.MONTHLY) {
            YearMonth m = YearMonth.from(day);
            return new ReportPeriod(kind, m.atDay(1), m.atEndOfMonth());
        }
        int firstMonth = (day.getMonthValue() - 1) / 3 * 3 + 1;
        LocalDate from = LocalDate.of(day.getYear(), firstMonth, 1);
        return new ReportPeriod(kind, from, from.plusMonths(3).minusDays(1));
    }

    /**
     * Reads a period's name: {@code 2026-11} for a month, {@code 2026-Q4} for a quarter.
     *
     * @throws IllegalArgumentException saying what was expected
     */
    public static ReportPeriod parse(Kind kind, String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (kind == Kind.MONTHLY) {
            try {
                return containing(kind, YearMonth.parse(t).atDay(1));
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("a month is YYYY-MM, e.g. 2026-11 (was '" + text + "')", e);
            }
        }
        Matcher m = QUARTER.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("a quarter is YYYY-Qn, e.g. 2026-Q4 (was '" + text + "')");
        }
        return containing(kind, LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1));
    }

    /** The last period of the kind that ended before the day. */
    public static ReportPeriod lastCompleteBefore(Kind kind, LocalDate day) {
        return containing(kind, containing(kind, day).from().minusDays(1));
    }

    /**
     * The period whose scheduled report is due at {@code now}: the last complete one once its next period's first day
     * has reached {@code at} (UTC), the one before it until then.
     */
    public static ReportPeriod due(Kind kind, Instant now, LocalTime at) {
        LocalDateTime t = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        ReportPeriod last = lastCompleteBefore(kind, t.toLocalDate());
        boolean firstDayBeforeTime = t.toLocalDate().equals(last.to().plusDays(1)) && t.toLocalTime().isBefore(at);
        return firstDayBeforeTime ? lastCompleteBefore(kind, last.from()) : last;
    }

    /** The period's name: {@code 2026-11} or {@code 2026-Q4}. */
    public String name() {
        return kind == Kind.MONTHLY ? YearMonth.from(from).toString() : from.getYear() + "-Q" + ((from.getMonthValue() - 1) / 3 + 1);
    }

    /** A title: {@code November 2026}, {@code Q4 2026 (October-December)}. */
    public String title() {
        String month = from.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        if (kind == Kind.MONTHLY) {
            return month + " " + from.getYear();
        }
        return "Q" + ((from.getMonthValue() - 1) / 3 + 1) + " " + from.getYear() + " (" + month + "-"
                + to.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + ")";
    }

    /** The points of a trend over the period: weeks in a month, months in a quarter. */
    public Period trendPeriod() {
        return kind == Kind.MONTHLY ? Period.WEEK : Period.MONTH;
    }
}
