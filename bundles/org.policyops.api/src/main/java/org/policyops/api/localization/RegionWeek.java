package org.policyops.api.localization;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Set;

import org.policyops.api.RegionCode;

/**
 * A region's time zone and working week as localization records them. Since 1.2.
 *
 * @param region the region
 * @param zone the time zone its teams and deadlines keep (for a country spanning several, the capital's)
 * @param workingDays the days of its working week, e.g. Monday to Friday, or Sunday to Thursday
 */
public record RegionWeek(RegionCode region, ZoneId zone, Set<DayOfWeek> workingDays) {

    public RegionWeek {
        if (region == null || zone == null || workingDays == null || workingDays.isEmpty()) {
            throw new IllegalArgumentException("a region's week needs a region, a zone and at least one working day");
        }
        workingDays = Set.copyOf(workingDays);
    }
}
