package org.policyops.metrics.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * When snapshots are due. The snapshot of a day records the values as of that day's end; it is due from {@code at}
 * (UTC) on the next day. With {@code everyDays} N, only days whose number since 1970-01-01 is divisible by N are
 * snapshot days.
 */
public record SnapshotSchedule(LocalTime at, int everyDays) {

    public SnapshotSchedule {
        if (everyDays < 1) {
            throw new IllegalArgumentException("everyDays must be at least 1 (was " + everyDays + ")");
        }
    }

    /**
     * Reads {@code HH:mm} and the number of days.
     *
     * @throws IllegalArgumentException when the time does not parse
     */
    public static SnapshotSchedule of(String time, int everyDays) {
        try {
            return new SnapshotSchedule(LocalTime.parse(time.trim()), everyDays);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("snapshotTime must be HH:mm in UTC (was '" + time + "')", e);
        }
    }

    public boolean isSnapshotDay(LocalDate day) {
        return Math.floorMod(day.toEpochDay(), everyDays) == 0;
    }

    /** The latest snapshot day whose snapshot is due at {@code now}. */
    public LocalDate due(Instant now) {
        LocalDateTime t = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        LocalDate day = t.toLocalDate().minusDays(t.toLocalTime().isBefore(at) ? 2 : 1);
        while (!isSnapshotDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** When the snapshot after {@code day}'s falls due. */
    public Instant nextAfter(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isSnapshotDay(next)) {
            next = next.plusDays(1);
        }
        return next.plusDays(1).atTime(at).toInstant(ZoneOffset.UTC);
    }
}
