package org.policyops.plugins.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyops.api.plugins.UploadRecord;

class UploadLogTest {

    @Test
    void recordsAreReadBackNewestFirstAndSurviveOddCharacters(@TempDir Path dir) throws IOException {
        UploadLog log = new UploadLog(dir.resolve("plugins/uploads.log"));
        UploadRecord first = new UploadRecord(Instant.parse("2026-12-06T10:00:00Z"), "admin", "a-1.0.0.jar", "a", "1.0.0", "ab12",
                "unchecked", "installed", List.of());
        UploadRecord second = new UploadRecord(Instant.parse("2026-12-06T10:05:00Z"), "ann\tlee", "a-2.0.0.jar", "a", "2.0.0", "cd34",
                "unsigned", "rolled-back", List.of("Does not resolve: needs package x.", "line\nbreak"));
        log.append(first);
        log.append(second);
        Files.writeString(log.file(), "2026-12-06T10:06:00Z\tcut short\n", StandardOpenOption.APPEND); // a crash mid-line
        List<UploadRecord> records = log.records();
        assertEquals(2, records.size());
        assertEquals(first, records.get(1));
        assertEquals("ann lee", records.get(0).user());
        assertEquals(List.of("Does not resolve: needs package x.", "line break"), records.get(0).reasons());
        assertEquals(null, records.get(1).reasons().isEmpty() ? null : "x");
    }

    @Test
    void noFileMeansNoRecords(@TempDir Path dir) {
        assertEquals(List.of(), new UploadLog(dir.resolve("none.log")).records());
    }
}
