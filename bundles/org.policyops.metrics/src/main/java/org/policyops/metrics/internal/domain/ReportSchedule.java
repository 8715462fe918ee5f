package org.policyops.metrics.internal.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which scheduled executive reports are due: for each kind switched on, the last complete period once its next
 * period's first day has reached {@code at} (UTC).
 */
public record ReportSchedule(boolean monthly, boolean quarterly, LocalTime at) {

    /**
     * @throws IllegalArgumentException when the time does not parse
     */
    public static ReportSchedule of(boolean monthly, boolean quarterly, String time) {
        try {
            return new ReportSchedule(monthly, quarterly, LocalTime.parse(time.trim()));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("reportTime must be HH:mm in UTC (was '" + time + "')", e);
        }
    }

    /** The periods whose reports are due at {@code now}, monthly first. */
    public List<ReportPeriod> due(Instant now) {
        List<ReportPeriod> out = new ArrayList<>(2);
        if (monthly) {
            out.add(ReportPeriod.due(ReportPeriod.Kind.MONTHLY, now, at));
        }
        if (quarterly) {
            out.add(ReportPeriod.due(ReportPeriod.Kind.QUARTERLY, now, at));
        }
        return out;
    }
}
