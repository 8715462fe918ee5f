package org.policyops.api.localization;

import java.time.LocalDate;
import java.util.List;

/**
 * A regional timeline with at least one milestone past its target date and not done.
 *
 * @param overdue which milestones are late: {@code translation}, {@code training}, {@code enforcement}
 * @param earliestDue the earliest target date among the late milestones
 * @param daysOverdue days from {@code earliestDue} to the day asked about
 * @since 1.2
 */
public record OverdueTimeline(String policyKey, String policyVersion, String region, List<String> overdue,
        LocalDate earliestDue, long daysOverdue) {

    public OverdueTimeline {
        overdue = List.copyOf(overdue);
    }
}
