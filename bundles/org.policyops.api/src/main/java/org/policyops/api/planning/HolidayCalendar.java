package org.policyops.api.planning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.policyops.api.RegionCode;

/**
 * The dated public holidays planning knows, registered by the planning feature. Launches read it for the calendar
 * a compliance rule sees ({@code RuleContext.calendar()}). Since 1.5.
 */
@ProviderType
public interface HolidayCalendar {

    /** The widest range {@link #publicHolidays} answers, in days (a little over ten years). */
    int MAX_RANGE_DAYS = 3700;

    /**
     * The public holidays recorded for any of {@code regions} from {@code from} to {@code to} (both included), by
     * date then region; empty when none is recorded.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from} or the range is wider than
     *         {@link #MAX_RANGE_DAYS}
     */
    List<PublicHoliday> publicHolidays(Collection<RegionCode> regions, LocalDate from, LocalDate to);

    /** Whether any dated public holiday is recorded for the region (so that none in a range means none, not unknown). */
    boolean knows(RegionCode region);
}
