package org.policyops.core.rest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Dates, instants and months as the API reads them, for {@link Validator#parse}: ISO-8601 text within the years
 * {@value #MIN_YEAR} to {@value #MAX_YEAR}. A date outside them is a typo or an attack, and the databases and
 * reports cannot hold it; the JSON reader applies the same range to typed date fields.
 */
public final class Dates {

    public static final int MIN_YEAR = 1970;
    public static final int MAX_YEAR = 9999;

    private Dates() {
    }

    /** A day such as 2027-02-17. */
    public static LocalDate date(String text) {
        LocalDate d;
        try {
            d = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + shown(text) + "' is not a date: use YYYY-MM-DD such as 2027-02-17", e);
        }
        return inRange(d, d.getYear());
    }

    /** An instant such as 2026-09-07T09:30:00Z, or a day, read as its start in UTC. */
    public static Instant instant(String text) {
        String s = text.trim();
        Instant i;
        try {
            i = s.length() == 10 ? LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + shown(text) + "' is not an instant: use ISO-8601 such as "
                    + "2026-09-07T09:30:00Z or a day such as 2026-09-07", e);
        }
        return inRange(i, year(i));
    }

    /** A month such as 2026-11. */
    public static YearMonth month(String text) {
        YearMonth m;
        try {
            m = YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + shown(text) + "' is not a month: use YYYY-MM such as 2026-11", e);
        }
        return inRange(m, m.getYear());
    }

    /** The year of an instant in UTC, or a year out of range when it has none there. */
    public static int year(Instant i) {
        try {
            return i.atOffset(ZoneOffset.UTC).getYear();
        } catch (DateTimeException e) {
            return i.isBefore(Instant.EPOCH) ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
    }

    /**
     * @throws IllegalArgumentException naming the range when the year is outside it
     */
    public static <T> T inRange(T value, int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("must be from " + MIN_YEAR + " to " + MAX_YEAR + " (was " + shown(value.toString()) + ")");
        }
        return value;
    }

    private static String shown(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
