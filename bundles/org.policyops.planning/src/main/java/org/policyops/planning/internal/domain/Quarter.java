package org.policyops.planning.internal.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, written {@code YYYY-Qn} such as {@code 2027-Q1}: the unit that planning targets. The text
 * form has a fixed width, so sorting the text sorts the quarters chronologically; that is why it is stored as text.
 */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (year < 1970 || year > 9999) {
            throw new IllegalArgumentException("year " + year + " is out of range: use a year from 1970 to 9999");
        }
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter + " is out of range: use 1 to 4");
        }
    }

    /** Parses {@code 2027-Q1}; a lower-case {@code q} and surrounding blanks are accepted. */
    public static Quarter parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a quarter: use YYYY-Qn such as 2027-Q1");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The quarter a date falls in. */
    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public Quarter next() {
        return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return next().firstDay().minusDays(1);
    }

    @Override
    public int compareTo(Quarter other) {
        int c = Integer.compare(year, other.year);
        return c != 0 ? c : Integer.compare(quarter, other.quarter);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
