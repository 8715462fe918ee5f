package org.policyops.api.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.policyops.api.RegionCode;

class RegionCalendarTest {

    static final RegionCode UK = RegionCode.of("UK");

    private static RegionCalendar uk() {
        TreeMap<LocalDate, String> holidays = new TreeMap<>();
        holidays.put(LocalDate.of(2027, 12, 27), "Christmas Day (substitute day)");
        holidays.put(LocalDate.of(2027, 12, 28), "Boxing Day (substitute day)");
        return new RegionCalendar(UK, ZoneId.of("Europe/London"), RegionCalendar.MONDAY_TO_FRIDAY, holidays,
                LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), true, true);
    }

    @Test
    void workingDaysSkipTheWeekendAndPublicHolidays() {
        RegionCalendar cal = uk();
        assertFalse(cal.isWorkingDay(LocalDate.of(2027, 12, 25)), "Saturday");
        assertFalse(cal.isWorkingDay(LocalDate.of(2027, 12, 27)), "substitute holiday");
        assertTrue(cal.isPublicHoliday(LocalDate.of(2027, 12, 28)));
        assertTrue(cal.isWorkingDay(LocalDate.of(2027, 12, 29)));
        // Fri 24 counts; Sat, Sun, Mon (holiday), Tue (holiday) do not; Wed 29 and Thu 30 count.
        assertEquals(3, cal.workingDaysBetween(LocalDate.of(2027, 12, 24), LocalDate.of(2027, 12, 31)));
        assertEquals(0, cal.workingDaysBetween(LocalDate.of(2027, 12, 31), LocalDate.of(2027, 12, 24)));
        assertEquals(LocalDate.of(2027, 12, 29), cal.nextWorkingDay(LocalDate.of(2027, 12, 25)));
    }

    @Test
    void theDateDependsOnTheRegionsZone() {
        Instant lateEvening = Instant.parse("2027-06-30T23:30:00Z");
        assertEquals(LocalDate.of(2027, 7, 1), uk().dateAt(lateEvening), "00:30 BST");
        assertEquals(Instant.parse("2027-06-30T23:00:00Z"), uk().startOf(LocalDate.of(2027, 7, 1)).toInstant());
    }

    @Test
    void theUnknownCalendarIsUtcMondayToFridayWithoutHolidaysAndSaysSo() {
        RegionCalendar cal = RegionCalendar.unknown(UK, LocalDate.of(2027, 3, 1));
        assertEquals(ZoneOffset.UTC, cal.zone());
        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), cal.workingDays());
        assertFalse(cal.weekKnown());
        assertFalse(cal.holidaysKnown());
        assertTrue(cal.publicHolidays().isEmpty());
        assertEquals(LocalDate.of(2026, 1, 1), cal.holidaysFrom());
        assertEquals(LocalDate.of(2028, 12, 31), cal.holidaysTo());
        assertTrue(cal.describe().contains("public holidays unknown"), cal.describe());
        assertTrue(uk().describe().startsWith("UK: Europe/London, MON,TUE,WED,THU,FRI, 2 public holidays"), uk().describe());
    }

    @Test
    void aCalendarNeedsAWorkingDayAndAnOrderedRange() {
        assertThrows(IllegalArgumentException.class, () -> new RegionCalendar(UK, ZoneOffset.UTC, EnumSet.noneOf(DayOfWeek.class),
                null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), false, false));
        assertThrows(IllegalArgumentException.class, () -> new RegionCalendar(UK, ZoneOffset.UTC, RegionCalendar.MONDAY_TO_FRIDAY,
                null, LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 31), false, false));
    }

    @Test
    void theDefaultContextCalendarIsUnknownAroundTheTargetDate() {
        LaunchRegionView region = new LaunchRegionView(UK, LocalDate.of(2030, 5, 1), "PLANNED", null, null);
        RuleContext context = new RuleContext() {
            public LaunchView launch() { return null; }
            public RegionCode region() { return UK; }
            public LaunchRegionView launchRegion() { return region; }
            public Instant now() { return Instant.parse("2027-01-01T00:00:00Z"); }
            public java.util.Optional<org.policyops.api.training.TrainingCoverage> trainingCoverage() { return java.util.Optional.empty(); }
            public java.util.Optional<org.policyops.api.localization.TranslationStatus> translationStatus() { return java.util.Optional.empty(); }
            public java.util.Optional<org.policyops.api.localization.RequirementCatalog> requirements() { return java.util.Optional.empty(); }
            public java.util.Optional<org.policyops.api.planning.PolicyCatalog> policyCatalog() { return java.util.Optional.empty(); }
            public <S> java.util.Optional<S> service(Class<S> type) { return java.util.Optional.empty(); }
        };
        assertFalse(context.calendar().weekKnown());
        assertEquals(LocalDate.of(2029, 1, 1), context.calendar().holidaysFrom());
    }
}
