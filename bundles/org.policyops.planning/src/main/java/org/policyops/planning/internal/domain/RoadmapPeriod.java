package org.policyops.planning.internal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.policyops.core.rest.Validator;

/** The period a roadmap covers: a whole year, or one quarter of it. */
public record RoadmapPeriod(int year, Integer quarter) {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern QUARTER = Pattern.compile("Q[1-4]");

    public RoadmapPeriod {
        // Quarter checks the ranges of both.
        new Quarter(year, quarter == null ? 1 : quarter);
    }

    /** Reads {@code 2027} and {@code Q1} (or {@code q1}) from the path; {@code quarter} may be null. 400 when bad. */
    public static RoadmapPeriod parse(String year, String quarter) {
        Validator v = new Validator();
        Integer y = v.parse("year", year, RoadmapPeriod::year);
        Integer q = v.parse("quarter", quarter, RoadmapPeriod::quarter);
        v.throwIfInvalid();
        return new RoadmapPeriod(y, q);
    }

    private static Integer year(String text) {
        if (!YEAR.matcher(text).matches() || Integer.parseInt(text) < 1970) {
            throw new IllegalArgumentException("'" + text + "' is not a year: use four digits from 1970 to 9999, such as 2027");
        }
        return Integer.valueOf(text);
    }

    private static Integer quarter(String text) {
        String t = text.toUpperCase(Locale.ROOT);
        if (!QUARTER.matcher(t).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a quarter: use Q1, Q2, Q3 or Q4");
        }
        return t.charAt(1) - '0';
    }

    /** The quarters covered, in order. */
    public List<Quarter> quarters() {
        List<Quarter> all = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            if (quarter == null || quarter == q) {
                all.add(new Quarter(year, q));
            }
        }
        return all;
    }

    public LocalDate firstDay() {
        return quarters().get(0).firstDay();
    }

    public LocalDate lastDay() {
        List<Quarter> all = quarters();
        return all.get(all.size() - 1).lastDay();
    }

    /** {@code 2027} or {@code 2027-Q1}, for titles and file names. */
    @Override
    public String toString() {
        return quarter == null ? Integer.toString(year) : new Quarter(year, quarter).toString();
    }
}
