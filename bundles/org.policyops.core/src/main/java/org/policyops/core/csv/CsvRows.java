package org.policyops.core.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.policyops.core.rest.CsvCells;
import org.policyops.core.rest.FieldError;
import org.policyops.core.rest.ProblemException;

/**
 * Reads and writes the CSV files that domains import and export (RFC 4180, a header row naming the columns, any
 * order) with Apache Commons CSV: training's learners and quality signals, tooling's usage. Reading checks every row and reports each bad one with its line number; a file with bad rows is
 * refused as a whole (400 naming each line and field) unless the caller asked to skip them.
 */
public final class CsvRows {

    public static final String MEDIA_TYPE = "text/csv";

    /** One good row, parsed, with its line. */
    public record Row<T>(long line, T value) {
    }

    /** A row that was not read: its line in the file (the header is line 1) and the fields at fault. */
    public record BadRow(long line, List<FieldError> errors) {
    }

    /** The parsed rows and the bad ones. */
    public record Parsed<T>(List<Row<T>> rows, List<BadRow> bad) {
    }

    /** A row parser: returns the value, or throws {@link ProblemException} (400) whose field errors describe the row. */
    public interface RowParser<T> {
        T parse(Map<String, String> row);
    }

    /** A row parser that is also told the row's line, e.g. to name an earlier line the row repeats. */
    public interface LineParser<T> {
        T parse(long line, Map<String, String> row);
    }

    private CsvRows() {
    }

    public static <T> Parsed<T> read(String body, List<String> required, RowParser<T> parser, boolean skipInvalid) {
        return readLines(body, required, (line, row) -> parser.parse(row), skipInvalid);
    }

    /** As {@link #read}, the parser being told each row's line (the header is line 1). */
    public static <T> Parsed<T> readLines(String body, List<String> required, LineParser<T> parser, boolean skipInvalid) {
        // Spreadsheets save CSV as UTF-8 with a byte-order mark, which would otherwise become part of the first name.
        String text = CsvCells.withoutByteOrderMark(body);
        if (text == null || text.isBlank()) {
            throw new ProblemException(400, "Invalid request", "The CSV body is empty; it needs a header row "
                    + String.join(",", required) + " and one row per record.");
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).build();
        List<Row<T>> rows = new ArrayList<>();
        List<BadRow> bad = new ArrayList<>();
        try (CSVParser csv = CSVParser.parse(new StringReader(text), format)) {
            List<String> missing = required.stream().filter(h -> !csv.getHeaderNames().contains(h)).toList();
            if (!missing.isEmpty()) {
                throw ProblemException.badRequest("header", "line 1 lacks the column(s) " + missing + "; it must name "
                        + String.join(",", required));
            }
            int width = csv.getHeaderNames().size();
            for (CSVRecord r : csv) {
                // The header is line 1; values spanning lines would shift this, which the export never writes.
                long line = r.getRecordNumber() + 1;
                if (r.size() != width) {
                    bad.add(new BadRow(line, List.of(new FieldError("line " + line,
                            "has " + r.size() + " values; the header has " + width))));
                    continue;
                }
                try {
                    rows.add(new Row<>(line, parser.parse(line, r.toMap())));
                } catch (ProblemException e) {
                    bad.add(new BadRow(line, e.errors().isEmpty()
                            ? List.of(new FieldError("line " + line, e.detail())) : e.errors()));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw ProblemException.badRequest("body", "is not readable CSV: " + e.getMessage());
        } catch (IllegalStateException | IllegalArgumentException e) {
            // Commons CSV reports malformed quoting and repeated header names this way.
            throw ProblemException.badRequest("body", "is not readable CSV: " + e.getMessage());
        }
        if (!bad.isEmpty() && !skipInvalid) {
            List<FieldError> errors = new ArrayList<>();
            for (BadRow b : bad) {
                for (FieldError f : b.errors()) {
                    String field = f.field().startsWith("line ") ? f.field() : "line " + b.line() + ": " + f.field();
                    errors.add(new FieldError(field, f.message()));
                }
            }
            throw new ProblemException(400, "Invalid request", bad.size() + (bad.size() == 1 ? " row is" : " rows are")
                    + " invalid, so nothing was imported; fix them, or send ?skipInvalid=true to import the others.", errors)
                    .with("badLines", bad.stream().map(BadRow::line).toList());
        }
        return new Parsed<>(rows, bad);
    }

    /** Writes the rows; text cells that a spreadsheet would run as a formula are neutralised ({@link CsvCells}). */
    public static <T> String write(String[] header, Iterable<T> items, Function<T, Object[]> columns) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).build())) {
            for (T item : items) {
                Object[] values = columns.apply(item);
                for (int i = 0; i < values.length; i++) {
                    if (values[i] instanceof String text) {
                        values[i] = CsvCells.safe(text);
                    }
                }
                csv.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
