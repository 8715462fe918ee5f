package org.policyops.core.rest;

/**
 * Makes text safe for a CSV export that people open in a spreadsheet: a cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return would be run as a formula (OWASP, "CSV injection"), so it gets
 * a leading apostrophe, which spreadsheets show as text and do not print.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    /** Drops the UTF-8 byte-order mark that spreadsheets write at the start of a CSV file. */
    public static String withoutByteOrderMark(String text) {
        return text != null && text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
