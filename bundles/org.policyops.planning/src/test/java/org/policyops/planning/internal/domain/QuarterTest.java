package org.policyops.planning.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuarterTest {

    @Test
    void parsesTheCanonicalForm() {
        Quarter q = Quarter.parse("2027-Q1");
        assertEquals(2027, q.year());
        assertEquals(1, q.quarter());
        assertEquals("2027-Q1", q.toString());
    }

    @Test
    void acceptsLowerCaseAndBlanks() {
        assertEquals(new Quarter(2026, 3), Quarter.parse(" 2026-q3 "));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "2027", "2027-Q0", "2027-Q5", "27-Q1", "2027Q1", "2027-1", "Q1-2027", "2027-Q1x", "1969-Q4" })
    void refusesAnythingElse(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quarter.parse(text));
        assertTrue(e.getMessage().contains("YYYY-Qn") || e.getMessage().contains("out of range"), e.getMessage());
    }

    @Test
    void refusesNull() {
        assertThrows(IllegalArgumentException.class, () -> Quarter.parse(null));
    }

    @Test
    void sortsChronologicallyAsValueAndAsText() {
        List<Quarter> quarters = new ArrayList<>(List.of(Quarter.parse("2027-Q1"), Quarter.parse("2026-Q4"),
                Quarter.parse("2027-Q4"), Quarter.parse("2026-Q3")));
        Collections.sort(quarters);
        assertEquals("[2026-Q3, 2026-Q4, 2027-Q1, 2027-Q4]", quarters.toString());
        List<String> texts = new ArrayList<>(quarters.stream().map(Quarter::toString).toList());
        Collections.reverse(texts);
        Collections.sort(texts);
        assertEquals(quarters.stream().map(Quarter::toString).toList(), texts);
    }

    @Test
    void knowsItsDays() {
        Quarter q = Quarter.of(LocalDate.of(2026, 11, 21));
        assertEquals(Quarter.parse("2026-Q4"), q);
        assertEquals(LocalDate.of(2026, 10, 1), q.firstDay());
        assertEquals(LocalDate.of(2026, 12, 31), q.lastDay());
        assertEquals(Quarter.parse("2027-Q1"), q.next());
        assertEquals(LocalDate.of(2027, 3, 31), q.next().lastDay());
    }
}
