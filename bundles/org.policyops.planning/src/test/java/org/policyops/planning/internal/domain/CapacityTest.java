package org.policyops.planning.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class CapacityTest {

    @Test
    void aFullTimeMemberHasThirteenWeeks() {
        assertEquals(13.0, Capacity.memberWeeks(1, 0, 0), 1e-9);
    }

    @Test
    void partTimeScalesTheBase() {
        assertEquals(6.5, Capacity.memberWeeks(0.5, 0, 0), 1e-9);
    }

    @Test
    void fiveDaysOfHolidaysAreOneWeekForFullTime() {
        assertEquals(12.0, Capacity.memberWeeks(1, 5, 0), 1e-9);
    }

    @Test
    void holidaysTakeOnlyThePartTimeShare() {
        // 13 × 0.5 − 5 ÷ 5 × 0.5 = 6.0
        assertEquals(6.0, Capacity.memberWeeks(0.5, 5, 0), 1e-9);
    }

    @Test
    void leaveIsCountedInFullWorkedDays() {
        // 13 × 0.8 − 10 ÷ 5 = 8.4
        assertEquals(8.4, Capacity.memberWeeks(0.8, 0, 10), 1e-9);
    }

    @Test
    void holidaysAndLeaveTogether() {
        // 13 − 3 ÷ 5 − 7 ÷ 5 = 11
        assertEquals(11.0, Capacity.memberWeeks(1, 3, 7), 1e-9);
    }

    @Test
    void neverBelowZero() {
        assertEquals(0.0, Capacity.memberWeeks(1, 30, 60), 1e-9);
    }

    @Test
    void aTeamIsTheSumOfItsMembers() {
        double weeks = Capacity.teamWeeks(List.of(new Capacity.Member(1, 0), new Capacity.Member(0.5, 5),
                new Capacity.Member(1, 65)), 5);
        // 12 + (6.5 − 0.5 − 1) + 0
        assertEquals(17.0, weeks, 1e-9);
    }

    @Test
    void anEmptyTeamHasNoCapacity() {
        assertEquals(0.0, Capacity.teamWeeks(List.of(), 3), 1e-9);
    }

    @Test
    void roundsToHundredths() {
        assertEquals(8.33, Capacity.round(8.3333), 0);
        assertEquals(8.35, Capacity.round(8.345), 0);
    }
}
