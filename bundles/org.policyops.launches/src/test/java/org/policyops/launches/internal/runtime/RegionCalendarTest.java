package org.policyops.launches.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.Finding;
import org.policyops.api.compliance.LaunchRegionView;
import org.policyops.api.compliance.LaunchView;
import org.policyops.api.compliance.RegionCalendar;
import org.policyops.api.compliance.RuleResult;
import org.policyops.api.compliance.Severity;
import org.policyops.api.launches.RuleEvaluation;
import org.policyops.api.localization.LocalizationCatalog;
import org.policyops.api.localization.RegionWeek;
import org.policyops.api.planning.HolidayCalendar;
import org.policyops.api.planning.PublicHoliday;
import org.policyops.launches.internal.testing.TestRule;

/**
 * The calendar a rule sees: the zone and working week from localization, holidays from planning (the region's and
 * its groups'), defaults flagged unknown without them; read once per region and evaluation.
 */
class RegionCalendarTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final RegionCode SA = RegionCode.of("SA");
    static final RegionCode DE = RegionCode.of("DE");
    static final RegionCode EU = RegionCode.of("EU");
    static final LaunchView LAUNCH = new LaunchView(3, "Hate speech v3.1", "hate-speech", "3.1.0", "PLANNED",
            List.of(new LaunchRegionView(DE, LocalDate.of(2027, 12, 24), "PLANNED", null, null),
                    new LaunchRegionView(SA, LocalDate.of(2027, 1, 8), "PLANNED", null, null)),
            List.of(), NOW);

    static final class Regions implements LocalizationCatalog {
        @Override
        public List<String> contentKeys(String prefix, int limit) {
            return List.of();
        }

        @Override
        public List<RegionCode> regions(boolean groupsOnly) {
            return List.of(EU);
        }

        @Override
        public Set<RegionCode> groupsOf(RegionCode region) {
            return region.equals(DE) ? Set.of(EU) : Set.of();
        }

        @Override
        public Optional<RegionWeek> week(RegionCode region) {
            if (region.equals(SA)) {
                return Optional.of(new RegionWeek(SA, ZoneId.of("Asia/Riyadh"), EnumSet.of(DayOfWeek.SUNDAY,
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)));
            }
            return region.equals(DE) ? Optional.of(new RegionWeek(DE, ZoneId.of("Europe/Berlin"),
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))) : Optional.empty();
        }
    }

    /** Planning's holidays: two for EU, one for DE; counts the calls. */
    static final class Holidays implements HolidayCalendar {
        final AtomicInteger calls = new AtomicInteger();
        final List<Collection<RegionCode>> asked = new ArrayList<>();

        @Override
        public synchronized List<PublicHoliday> publicHolidays(Collection<RegionCode> regions, LocalDate from, LocalDate to) {
            calls.incrementAndGet();
            asked.add(List.copyOf(regions));
            return List.of(new PublicHoliday(EU, LocalDate.of(2027, 12, 25), "Christmas Day"),
                    new PublicHoliday(DE, LocalDate.of(2027, 12, 24), "Heiligabend (half day, sample)"),
                    new PublicHoliday(DE, LocalDate.of(2027, 12, 26), "Zweiter Weihnachtstag")).stream()
                    .filter(h -> regions.contains(h.region()) && !h.date().isBefore(from) && !h.date().isAfter(to))
                    .toList();
        }

        @Override
        public boolean knows(RegionCode region) {
            return region.equals(EU) || region.equals(DE);
        }
    }

    private final RuleRegistry registry = new RuleRegistry();
    private final ReadinessEvaluator evaluator = new ReadinessEvaluator(registry, r -> ServiceLookup.NONE,
            Clock.fixed(NOW, ZoneOffset.UTC), new ReadinessEvaluator.Settings(2000, Set.of(), 2));

    @AfterEach
    void tearDown() {
        evaluator.close();
    }

    /** A rule reporting what it sees: zone, whether the target day is a working day, holidays known. */
    private void addCalendarRule(String id) {
        registry.add(1, new TestRule(id, Severity.INFO, c -> {
            RegionCalendar cal = c.calendar();
            return RuleResult.pass(Finding.of(cal.zone().getId()), Finding.of(Boolean.toString(cal.weekKnown())),
                    Finding.of(Boolean.toString(cal.holidaysKnown())),
                    Finding.of(Boolean.toString(cal.isWorkingDay(c.launchRegion().targetDate()))),
                    Finding.of("holidays:" + String.join(",", cal.publicHolidays().values())));
        }), 9, "org.example.cal", "1.0.0", null);
    }

    private List<String> seen(RegionCode region, String id) {
        RuleEvaluation e = evaluator.evaluate(LAUNCH, region).regions().get(0).rules().stream()
                .filter(r -> r.ruleId().equals(id)).findFirst().orElseThrow();
        return e.findings().stream().map(Finding::message).toList();
    }

    @Test
    void withoutLocalizationAndPlanningTheDefaultsAreFlaggedUnknown() {
        addCalendarRule("cal.rule");
        // 2027-12-24 is a Friday: a working day by the default week, no holidays known.
        assertEquals(List.of("Z", "false", "false", "true", "holidays:"), seen(DE, "cal.rule"));
        assertTrue(evaluator.calendars().contains("not installed"), evaluator.calendars());
    }

    @Test
    void theRegionsZoneWeekAndHolidaysIncludingItsGroupsComeFromLocalizationAndPlanning() {
        evaluator.setRegionCatalog(new Regions());
        Holidays holidays = new Holidays();
        evaluator.setHolidayCalendar(holidays);
        addCalendarRule("cal.rule");
        assertEquals(List.of("Europe/Berlin", "true", "true", "false",
                "holidays:Heiligabend (half day, sample),Christmas Day,Zweiter Weihnachtstag"), seen(DE, "cal.rule"));
        assertEquals(Set.of(DE, EU), Set.copyOf(holidays.asked.get(0)), "the region's and its group's holidays");
        // SA keeps Sunday to Thursday: its target day, Friday 2027-01-08, is not a working day; no holidays recorded.
        assertEquals(List.of("Asia/Riyadh", "true", "false", "false", "holidays:"), seen(SA, "cal.rule"));
        assertFalse(evaluator.calendars().contains("not installed"), evaluator.calendars());
    }

    @Test
    void theCalendarIsReadOncePerRegionAndEvaluationAndOnlyWhenARuleAsks() {
        evaluator.setRegionCatalog(new Regions());
        Holidays holidays = new Holidays();
        evaluator.setHolidayCalendar(holidays);
        registry.add(2, new TestRule("plain.rule", Severity.INFO, c -> RuleResult.pass(Finding.of("no calendar"))),
                9, "org.example.plain", "1.0.0", null);
        evaluator.evaluate(LAUNCH, null);
        assertEquals(0, holidays.calls.get(), "nobody asked");
        addCalendarRule("cal.one");
        registry.add(3, new TestRule("cal.two", Severity.INFO, c -> RuleResult.pass(Finding.of(c.calendar().describe()))),
                9, "org.example.cal2", "1.0.0", null);
        evaluator.evaluate(LAUNCH, DE);
        assertEquals(1, holidays.calls.get(), "two rules, one region: one read");
    }

    @Test
    void aFailingHolidayServiceLeavesTheHolidaysUnknownAndTheRuleRuns() {
        evaluator.setHolidayCalendar(new HolidayCalendar() {
            @Override
            public List<PublicHoliday> publicHolidays(Collection<RegionCode> regions, LocalDate from, LocalDate to) {
                throw new IllegalStateException("database gone");
            }

            @Override
            public boolean knows(RegionCode region) {
                return true;
            }
        });
        addCalendarRule("cal.rule");
        assertEquals(List.of("Z", "false", "false", "true", "holidays:"), seen(DE, "cal.rule"));
    }

    @Test
    void theHolidaysCoverTheYearBeforeNowToTheYearAfterTheTargetDate() {
        LocalDate[] range = Calendars.range(LAUNCH.regions().get(0), NOW);
        assertEquals(LocalDate.of(2025, 1, 1), range[0]);
        assertEquals(LocalDate.of(2028, 12, 31), range[1]);
        LocalDate[] far = Calendars.range(new LaunchRegionView(DE, LocalDate.of(2090, 1, 1), "PLANNED", null, null), NOW);
        assertEquals(HolidayCalendar.MAX_RANGE_DAYS - 1, far[1].toEpochDay() - far[0].toEpochDay());
    }
}
