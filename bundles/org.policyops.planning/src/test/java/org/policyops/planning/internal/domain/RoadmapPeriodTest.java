package org.policyops.planning.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyops.core.rest.ProblemException;

class RoadmapPeriodTest {

    @Test
    void aYearHasFourQuarters() {
        RoadmapPeriod p = RoadmapPeriod.parse("2027", null);
        assertEquals(4, p.quarters().size());
        assertEquals(LocalDate.of(2027, 1, 1), p.firstDay());
        assertEquals(LocalDate.of(2027, 12, 31), p.lastDay());
        assertEquals("2027", p.toString());
    }

    @Test
    void aQuarterIsOneQuarter() {
        RoadmapPeriod p = RoadmapPeriod.parse("2028", "q1");
        assertEquals(List.of(new Quarter(2028, 1)), p.quarters());
        assertEquals(LocalDate.of(2028, 3, 31), p.lastDay());
        assertEquals(LocalDate.of(2028, 12, 31), RoadmapPeriod.parse("2028", "Q4").lastDay());
        assertEquals("2028-Q1", p.toString());
    }

    @Test
    void badYearsAndQuartersAre400sNamingTheParameter() {
        for (String[] bad : new String[][] { { "27", null, "year" }, { "1969", null, "year" }, { "20270", null, "year" },
                { "next", "Q1", "year" }, { "2027", "Q5", "quarter" }, { "2027", "Q0", "quarter" }, { "2027", "1", "quarter" },
                { "2027", "H1", "quarter" } }) {
            ProblemException e = assertThrows(ProblemException.class, () -> RoadmapPeriod.parse(bad[0], bad[1]));
            assertEquals(400, e.status());
            assertEquals(bad[2], e.errors().get(0).field(), String.join(",", bad[0], String.valueOf(bad[1])));
        }
    }
}
