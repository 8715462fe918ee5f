package org.policyops.planning.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.policyops.planning.internal.dto.Roadmap;

class RoadmapCsvTest {

    @Test
    void oneRowPerInitiativeAndMilestoneThatParsesBackUnchanged() throws IOException {
        String csv = RoadmapCsv.write(RoadmapExportFixtures.q1());
        assertTrue(csv.startsWith(String.join(",", RoadmapCsv.HEADER) + "\r\n"), csv);
        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.parse(new StringReader(csv),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            rows = parser.getRecords();
        }
        assertEquals(List.of("INITIATIVE", "MILESTONE", "INITIATIVE", "MILESTONE"), rows.stream().map(r -> r.get("record")).toList());

        CSVRecord launch = rows.get(1);
        assertEquals("1", launch.get("initiativeId"));
        assertEquals("Update hate-speech policy for coded slurs (v3.1)", launch.get("initiative"));
        assertEquals("EU;UK", launch.get("regions"));
        assertEquals("live;short-video", launch.get("linesOfBusiness"));
        assertEquals("7", launch.get("milestoneId"));
        assertEquals("Launch, \"big bang\"", launch.get("milestone"));
        assertEquals("LAUNCH", launch.get("kind"));
        assertEquals("2027-01-18", launch.get("date"));
        assertEquals("Line one\nLine two; with, commas", launch.get("note"));

        CSVRecord trainers = rows.get(2);
        assertEquals("Train-the-trainer, APAC: child safety — 子供の安全", trainers.get("initiative"));
        assertEquals("", trainers.get("owningTeam"));
        assertEquals("", trainers.get("milestoneId"));
        assertEquals("", rows.get(3).get("note"));
    }

    @Test
    void quotesExactlyTheFieldsThatNeedIt() {
        String csv = RoadmapCsv.write(RoadmapExportFixtures.q1());
        assertTrue(csv.contains(",\"Launch, \"\"big bang\"\"\",LAUNCH,2027-01-18,\"Line one\nLine two; with, commas\"\r\n"), csv);
        assertTrue(csv.contains("\r\nINITIATIVE,1,Update hate-speech policy for coded slurs (v3.1),2026-Q4,IN_PROGRESS,EU;UK,"
                + "live;short-video,Policy EMEA,,,,,\r\n"), csv);
    }

    @Test
    void anEmptyRoadmapIsJustTheHeader() {
        Roadmap empty = new Roadmap(2030, null, null, null, List.of(), List.of());
        assertEquals(String.join(",", RoadmapCsv.HEADER) + "\r\n", RoadmapCsv.write(empty));
    }
}
