package org.policyops.launches.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Calendar quarters in UTC, written {@code YYYY-Qn} as planning writes them. */
public final class Quarters {

    private Quarters() {
    }

    public static String of(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    public static String of(Instant instant) {
        return of(instant.atZone(ZoneOffset.UTC).toLocalDate());
    }
}
