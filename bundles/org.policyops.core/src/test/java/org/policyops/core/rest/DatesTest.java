package org.policyops.core.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class DatesTest {

    private static String refusal(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void readsIsoTextWithinTheRange() {
        assertEquals(LocalDate.of(2027, 2, 17), Dates.date(" 2027-02-17 "));
        assertEquals(Instant.parse("2026-09-07T09:30:00Z"), Dates.instant("2026-09-07T09:30:00Z"));
        assertEquals(Instant.parse("2026-09-07T00:00:00Z"), Dates.instant("2026-09-07"));
        assertEquals(YearMonth.of(2026, 11), Dates.month("2026-11"));
    }

    @Test
    void refusesMalformedTextSayingWhatToSend() {
        assertEquals("'17/02/2027' is not a date: use YYYY-MM-DD such as 2027-02-17", refusal(() -> Dates.date("17/02/2027")));
        assertEquals("'next week' is not an instant: use ISO-8601 such as 2026-09-07T09:30:00Z or a day such as 2026-09-07",
                refusal(() -> Dates.instant("next week")));
        assertEquals("'11/2026' is not a month: use YYYY-MM such as 2026-11", refusal(() -> Dates.month("11/2026")));
        assertEquals(40 + "…".length(), refusal(() -> Dates.date("x".repeat(5000))).split("'")[1].length(),
                "a long value is not repeated whole");
    }

    @Test
    void refusesYearsOutsideTheRange() {
        assertEquals("must be from 1970 to 9999 (was 0001-01-01)", refusal(() -> Dates.date("0001-01-01")));
        assertEquals("must be from 1970 to 9999 (was +999999999-12-31)", refusal(() -> Dates.date("+999999999-12-31")));
        assertEquals("must be from 1970 to 9999 (was -999999999-01-01T00:00:00Z)",
                refusal(() -> Dates.instant("-999999999-01-01T00:00:00Z")));
        assertEquals("must be from 1970 to 9999 (was -999999999-01)", refusal(() -> Dates.month("-999999999-01")));
        assertEquals(Integer.MAX_VALUE, Dates.year(Instant.MAX));
    }
}
