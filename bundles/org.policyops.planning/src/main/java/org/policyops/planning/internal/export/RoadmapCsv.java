package org.policyops.planning.internal.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.policyops.core.rest.CsvCells;
import org.policyops.planning.internal.dto.Roadmap;

/**
 * A roadmap as CSV (RFC 4180, CRLF line ends): a header row, then for each initiative one {@code INITIATIVE} row
 * followed by one {@code MILESTONE} row per milestone, which repeats the initiative's columns so that each row
 * stands alone in a spreadsheet. Lists (regions, lines of business) are joined with {@code ;}. Commons CSV quotes
 * fields with commas, quotes or line breaks.
 */
public final class RoadmapCsv {

    public static final String MEDIA_TYPE = "text/csv";

    static final String[] HEADER = { "record", "initiativeId", "initiative", "targetQuarter", "status", "regions",
            "linesOfBusiness", "owningTeam", "milestoneId", "milestone", "kind", "date", "note" };

    private RoadmapCsv() {
    }

    public static String write(Roadmap roadmap) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).build();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (Roadmap.Item i : roadmap.initiatives()) {
                csv.printRecord("INITIATIVE", i.id(), CsvCells.safe(i.title()), i.targetQuarter(), i.status(),
                        String.join(";", i.regions()), CsvCells.safe(String.join(";", i.linesOfBusiness())),
                        CsvCells.safe(i.owningTeam()), null, null, null, null, null);
                for (Roadmap.Milestone m : i.milestones()) {
                    csv.printRecord("MILESTONE", i.id(), CsvCells.safe(i.title()), i.targetQuarter(), i.status(),
                            String.join(";", i.regions()), CsvCells.safe(String.join(";", i.linesOfBusiness())),
                            CsvCells.safe(i.owningTeam()), m.id(), CsvCells.safe(m.title()), m.kind(), m.date(),
                            CsvCells.safe(m.note()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
