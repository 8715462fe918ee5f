package org.policyops.planning.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void noValuesHaveNoPercentile() {
        assertNull(Percentiles.nearestRank(List.of(), 50));
    }

    @Test
    void oneValueIsEveryPercentile() {
        assertEquals(12.0, Percentiles.nearestRank(List.of(12.0), 50));
        assertEquals(12.0, Percentiles.nearestRank(List.of(12.0), 90));
    }

    @Test
    void anOddCountHasItsMiddleAsMedian() {
        List<Double> v = List.of(10.0, 20.0, 30.0, 40.0, 50.0);
        assertEquals(30.0, Percentiles.nearestRank(v, 50));
        assertEquals(50.0, Percentiles.nearestRank(v, 90)); // rank ⌈4.5⌉ = 5
    }

    @Test
    void anEvenCountHasTheLowerMiddleAsMedian() {
        List<Double> v = List.of(10.0, 20.0, 30.0, 40.0);
        assertEquals(20.0, Percentiles.nearestRank(v, 50)); // rank 2
        assertEquals(40.0, Percentiles.nearestRank(v, 90)); // rank ⌈3.6⌉ = 4
    }

    @Test
    void theNinetiethOfTenIsTheNinthValue() {
        List<Double> v = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
        assertEquals(9.0, Percentiles.nearestRank(v, 90));
        assertEquals(5.0, Percentiles.nearestRank(v, 50));
        assertEquals(10.0, Percentiles.nearestRank(v, 100));
    }

    @Test
    void aPercentileOutsideTheRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.nearestRank(List.of(1.0), 0));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.nearestRank(List.of(1.0), 101));
    }
}
