package org.policyops.api.planning;

import java.time.LocalDate;

import org.policyops.api.RegionCode;

/**
 * A dated public holiday of a region, as planning records it. A holiday recorded for a region group (EU) is one of
 * every member's. Since 1.5.
 *
 * @param region the region it was recorded for (a country or a group)
 * @param date the day
 * @param name its name, such as "Christmas Day"
 */
public record PublicHoliday(RegionCode region, LocalDate date, String name) {

    public PublicHoliday {
        if (region == null || date == null || name == null) {
            throw new IllegalArgumentException("a public holiday needs a region, a date and a name");
        }
    }
}
