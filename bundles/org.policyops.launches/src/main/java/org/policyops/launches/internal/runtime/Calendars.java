package org.policyops.launches.internal.runtime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.policyops.api.RegionCode;
import org.policyops.api.compliance.LaunchRegionView;
import org.policyops.api.compliance.RegionCalendar;
import org.policyops.api.localization.LocalizationCatalog;
import org.policyops.api.localization.RegionWeek;
import org.policyops.api.planning.HolidayCalendar;
import org.policyops.api.planning.PublicHoliday;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the calendar a rule sees for a launch region from the services that are installed: the zone and working
 * week from localization's regions, the public holidays from planning's. Either missing (or failing) leaves its part
 * at the default, flagged unknown, so readiness never depends on those features being installed.
 */
final class Calendars {

    private static final Logger LOG = LoggerFactory.getLogger(Calendars.class);

    private Calendars() {
    }

    /** The days the holidays cover: the year before the earlier of now and the target date to the year after the later. */
    static LocalDate[] range(LaunchRegionView region, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate target = region.targetDate() == null ? today : region.targetDate();
        LocalDate first = today.isBefore(target) ? today : target;
        LocalDate last = today.isAfter(target) ? today : target;
        LocalDate from = first.withDayOfYear(1).minusYears(1);
        LocalDate to = last.withDayOfYear(1).plusYears(2).minusDays(1);
        // A target date decades away would ask for decades of holidays: keep the range within what planning answers.
        if (to.toEpochDay() - from.toEpochDay() >= HolidayCalendar.MAX_RANGE_DAYS) {
            to = from.plusDays(HolidayCalendar.MAX_RANGE_DAYS - 1L);
        }
        return new LocalDate[] { from, to };
    }

    static RegionCalendar of(LaunchRegionView launchRegion, Set<RegionCode> groups, Instant now,
            LocalizationCatalog localization, HolidayCalendar holidays) {
        RegionCode region = launchRegion.region();
        LocalDate[] range = range(launchRegion, now);
        RegionCalendar unknown = RegionCalendar.unknown(region, range[0]);
        Optional<RegionWeek> week = Optional.empty();
        if (localization != null) {
            try {
                week = localization.week(region);
            } catch (RuntimeException e) {
                LOG.warn("Cannot read the time zone and working week of {} from localization; rules see the defaults: {}",
                        region, e.toString());
            }
        }
        TreeMap<LocalDate, String> days = new TreeMap<>();
        boolean known = false;
        if (holidays != null) {
            try {
                List<RegionCode> regions = new ArrayList<>();
                regions.add(region);
                regions.addAll(groups);
                known = regions.stream().anyMatch(holidays::knows);
                for (PublicHoliday h : holidays.publicHolidays(regions, range[0], range[1])) {
                    days.merge(h.date(), h.name(), (a, b) -> a.equals(b) ? a : a + " / " + b);
                }
            } catch (RuntimeException e) {
                LOG.warn("Cannot read the public holidays of {} from planning; rules see them as unknown: {}", region,
                        e.toString());
                known = false;
                days.clear();
            }
        }
        return new RegionCalendar(region, week.map(RegionWeek::zone).orElse(unknown.zone()),
                week.map(RegionWeek::workingDays).orElse(unknown.workingDays()), days, range[0], range[1],
                week.isPresent(), known);
    }
}
