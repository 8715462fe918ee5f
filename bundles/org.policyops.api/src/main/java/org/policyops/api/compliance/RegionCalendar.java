package org.policyops.api.compliance;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.policyops.api.RegionCode;

/**
 * The calendar of a launch region, as a rule sees it: its time zone, its working week and its dated public holidays.
 * The zone and week come from the localization feature's regions, the holidays from planning's (a holiday recorded
 * for a group such as EU counts for its members). What neither says is filled with a default and flagged: without
 * localization (or for a region it has no zone or week for) the zone is UTC and the week Monday to Friday with
 * {@link #weekKnown()} false; without planning's holidays for the region there are none, with {@link #holidaysKnown()}
 * false. A rule that depends on them should say so rather than trust a default. Since 1.2.
 *
 * @param region the launch region
 * @param zone its time zone (UTC when unknown)
 * @param workingDays its working week (Monday to Friday when unknown)
 * @param publicHolidays the public holidays from {@code holidaysFrom} to {@code holidaysTo}, by date, with their names
 *        (several names of one day joined with " / ")
 * @param holidaysFrom the first day the holidays cover
 * @param holidaysTo the last day the holidays cover
 * @param weekKnown whether the zone and working week are the region's own (from localization), not the default
 * @param holidaysKnown whether planning records public holidays for the region (or one of its groups)
 */
public record RegionCalendar(RegionCode region, ZoneId zone, Set<DayOfWeek> workingDays,
        NavigableMap<LocalDate, String> publicHolidays, LocalDate holidaysFrom, LocalDate holidaysTo, boolean weekKnown,
        boolean holidaysKnown) {

    /** Monday to Friday, the default week. */
    public static final Set<DayOfWeek> MONDAY_TO_FRIDAY = Collections.unmodifiableSet(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    public RegionCalendar {
        if (region == null || zone == null || workingDays == null || workingDays.isEmpty() || holidaysFrom == null
                || holidaysTo == null || holidaysTo.isBefore(holidaysFrom)) {
            throw new IllegalArgumentException("a region calendar needs a region, a zone, working days and a range");
        }
        workingDays = Collections.unmodifiableSet(EnumSet.copyOf(workingDays));
        publicHolidays = Collections.unmodifiableNavigableMap(
                new TreeMap<>(publicHolidays == null ? new TreeMap<>() : publicHolidays));
    }

    /** Nothing known: UTC, Monday to Friday, no holidays, for the years around {@code around}. */
    public static RegionCalendar unknown(RegionCode region, LocalDate around) {
        LocalDate day = around == null ? LocalDate.now(ZoneOffset.UTC) : around;
        return new RegionCalendar(region, ZoneOffset.UTC, MONDAY_TO_FRIDAY, new TreeMap<>(),
                day.withDayOfYear(1).minusYears(1), day.withDayOfYear(1).plusYears(2).minusDays(1), false, false);
    }

    /** Whether the day is a public holiday there (false when holidays are unknown or the day is outside the range). */
    public boolean isPublicHoliday(LocalDate day) {
        return publicHolidays.containsKey(day);
    }

    /** Whether the day is in the working week and not a public holiday. */
    public boolean isWorkingDay(LocalDate day) {
        return workingDays.contains(day.getDayOfWeek()) && !isPublicHoliday(day);
    }

    /** The date in the region at that moment. */
    public LocalDate dateAt(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** When the day begins in the region. */
    public ZonedDateTime startOf(LocalDate day) {
        return day.atStartOfDay(zone);
    }

    /** The working days from {@code from} (included) to {@code to} (excluded); 0 when {@code to} is not after it. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** The first working day on or after the day given. */
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate d = day;
        // A working week has at least one day, and holidays are finite: this ends.
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** In words, for findings: "UK: Europe/London, MON-FRI, 8 public holidays" and what is unknown. */
    public String describe() {
        String week = workingDays.stream().map(d -> d.name().substring(0, 3)).collect(Collectors.joining(","));
        return region + ": " + zone.getId() + (weekKnown ? "" : " (unknown, default)") + ", " + week
                + (weekKnown ? "" : " (unknown, default)") + ", "
                + (holidaysKnown ? publicHolidays.size() + " public holidays " + holidaysFrom + ".." + holidaysTo
                        : "public holidays unknown");
    }
}
