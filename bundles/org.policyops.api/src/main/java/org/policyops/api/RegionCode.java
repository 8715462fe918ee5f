package org.policyops.api;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A region that policies, launches and people belong to: an ISO 3166-1 alpha-2 country code ({@code DE},
 * {@code BR}) or the name of a group of countries ({@code EU}, {@code EMEA}, {@code APAC}, {@code MENA}).
 * Codes are case-insensitive on input and always upper case once parsed.
 */
public record RegionCode(String value) implements Comparable<RegionCode> {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{1,15}");

    public RegionCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a region code: use an ISO 3166-1 alpha-2 "
                    + "country code such as DE or a region group such as EU or APAC (2-16 letters, digits or _)");
        }
    }

    /** Parses a region code, accepting lower case. */
    public static RegionCode of(String value) {
        return new RegionCode(value == null ? null : value.trim().toUpperCase(Locale.ROOT));
    }

    /** True for a two-letter code, which stands for a single country. */
    public boolean isCountry() {
        return value.length() == 2;
    }

    @Override
    public int compareTo(RegionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
