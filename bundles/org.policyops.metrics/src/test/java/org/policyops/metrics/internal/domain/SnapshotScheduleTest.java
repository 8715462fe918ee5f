package org.policyops.metrics.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SnapshotScheduleTest {

    @Test
    void dailyAfterTheTime() {
        SnapshotSchedule s = SnapshotSchedule.of("00:15", 1);
        assertEquals(LocalDate.parse("2026-12-05"), s.due(Instant.parse("2026-12-07T00:14:59Z")),
                "before 00:15 the day before yesterday is the latest due");
        assertEquals(LocalDate.parse("2026-12-06"), s.due(Instant.parse("2026-12-07T00:15:00Z")));
        assertEquals(LocalDate.parse("2026-12-06"), s.due(Instant.parse("2026-12-07T23:59:00Z")));
        assertEquals(Instant.parse("2026-12-08T00:15:00Z"), s.nextAfter(LocalDate.parse("2026-12-06")));
    }

    @Test
    void everySeventhDay() {
        SnapshotSchedule s = SnapshotSchedule.of("06:00", 7);
        // 2026-12-03 is day 20790 = 7 × 2970.
        assertEquals(20790, LocalDate.parse("2026-12-03").toEpochDay());
        assertEquals(LocalDate.parse("2026-12-03"), s.due(Instant.parse("2026-12-09T12:00:00Z")));
        assertEquals(LocalDate.parse("2026-11-26"), s.due(Instant.parse("2026-12-04T05:59:00Z")));
        assertEquals(LocalDate.parse("2026-12-03"), s.due(Instant.parse("2026-12-04T06:00:00Z")));
        assertEquals(Instant.parse("2026-12-11T06:00:00Z"), s.nextAfter(LocalDate.parse("2026-12-03")));
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SnapshotSchedule.of("25:00", 1));
        assertThrows(IllegalArgumentException.class, () -> SnapshotSchedule.of(null, 1));
        assertThrows(IllegalArgumentException.class, () -> SnapshotSchedule.of("00:15", 0));
    }
}
