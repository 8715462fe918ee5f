package org.policyops.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.LaunchView;
import org.policyops.api.compliance.RegionCalendar;
import org.policyops.api.compliance.RuleContext;
import org.policyops.api.training.CoverageInfo;
import org.policyops.api.training.TrainingCoverage;

class RuleContextsTest {

    static final LaunchView LAUNCH = Launches.launch().id(7).policy("hate-speech", "3.1.0")
            .region("EU", LocalDate.of(2027, 3, 1)).region("UK", LocalDate.of(2027, 4, 1))
            .evidence("UK-OSA-9", "UK", null, Instant.parse("2027-02-01T00:00:00Z")).build();

    @Test
    void theLaunchHasWhatWasGivenAndDefaultsForTheRest() {
        assertEquals(7, LAUNCH.id());
        assertEquals("hate-speech", LAUNCH.policyKey());
        assertEquals("PLANNED", LAUNCH.region(RegionCode.of("UK")).orElseThrow().status());
        assertEquals("hate-speech", LAUNCH.evidence().get(0).policyKey());
        assertEquals(null, LAUNCH.evidence().get(0).policyVersion());
    }

    @Test
    void theContextJudgesTheFirstRegionUnlessToldAndAnswersAFixedTime() {
        RuleContext c = RuleContexts.forLaunch(LAUNCH).build();
        assertEquals(RegionCode.of("EU"), c.region());
        assertEquals(LocalDate.of(2027, 3, 1), c.launchRegion().targetDate());
        assertEquals(RuleContexts.DEFAULT_NOW, c.now());
        assertSame(LAUNCH, c.launch());
        RuleContext uk = RuleContexts.forLaunch(LAUNCH).region("uk").now(Instant.parse("2027-03-31T00:00:00Z")).build();
        assertEquals(LocalDate.of(2027, 4, 1), uk.launchRegion().targetDate());
        assertEquals(Instant.parse("2027-03-31T00:00:00Z"), uk.now());
        assertTrue(assertThrows(IllegalStateException.class, () -> RuleContexts.forLaunch(LAUNCH).region("US").build()).getMessage()
                .contains("no region US"));
    }

    @Test
    void optionalServicesAreAbsentUnlessGiven() {
        RuleContext without = RuleContexts.forLaunch(LAUNCH).build();
        assertEquals(Optional.empty(), without.trainingCoverage());
        assertEquals(Optional.empty(), without.translationStatus());
        assertEquals(Optional.empty(), without.service(TrainingCoverage.class));
        TrainingCoverage coverage = new TrainingCoverage() {
            @Override
            public CoverageInfo coverage(String policyKey, RegionCode region, String role) {
                return null;
            }

            @Override
            public List<CoverageInfo> coverage(String policyKey, RegionCode region) {
                return List.of();
            }
        };
        RuleContext with = RuleContexts.forLaunch(LAUNCH).service(TrainingCoverage.class, coverage).build();
        assertSame(coverage, with.trainingCoverage().orElseThrow());
        assertSame(coverage, with.service(TrainingCoverage.class).orElseThrow());
    }

    @Test
    void theCalendarIsUnknownUnlessGivenAndThenHasTheZoneWeekAndHolidays() {
        RegionCalendar unknown = RuleContexts.forLaunch(LAUNCH).build().calendar();
        assertFalse(unknown.weekKnown());
        assertFalse(unknown.holidaysKnown());
        assertEquals(ZoneOffset.UTC, unknown.zone());

        RegionCalendar uk = RuleContexts.forLaunch(LAUNCH).region("UK").timeZone("Europe/London")
                .holiday("2027-03-26", "Good Friday").holiday("2027-03-29", "Easter Monday").build().calendar();
        assertTrue(uk.weekKnown());
        assertTrue(uk.holidaysKnown());
        assertEquals(ZoneId.of("Europe/London"), uk.zone());
        assertEquals(RegionCalendar.MONDAY_TO_FRIDAY, uk.workingDays());
        assertFalse(uk.isWorkingDay(LocalDate.of(2027, 3, 29)));
        assertEquals(LocalDate.of(2027, 3, 30), uk.nextWorkingDay(LocalDate.of(2027, 3, 26)));

        RegionCalendar sundayToThursday = RuleContexts.forLaunch(LAUNCH).workingDays(DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY).build().calendar();
        assertTrue(sundayToThursday.weekKnown());
        assertFalse(sundayToThursday.holidaysKnown());
        assertFalse(sundayToThursday.isWorkingDay(LocalDate.of(2027, 3, 5)), "a Friday");
        assertTrue(RuleContexts.forLaunch(LAUNCH).holidaysKnown().build().calendar().holidaysKnown());
    }
}
