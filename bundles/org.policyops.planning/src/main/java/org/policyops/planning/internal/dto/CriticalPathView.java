package org.policyops.planning.internal.dto;

import java.util.List;

import org.policyops.planning.internal.domain.InitiativeStatus;

/**
 * Answer of {@code GET /planning/critical-path}: the schedule of the initiatives targeted in a period, in weeks
 * from the start of the plan (week 0), with slack per initiative and one longest chain of zero-slack initiatives.
 * Durations are the initiatives' {@code effortWeeks}, read as elapsed weeks (one person-week of effort per calendar
 * week: an initiative has no field for staffing, so the effort is all we know of its length).
 *
 * @param externalPrerequisites dependencies on initiatives outside the period (or outside the region and LOB
 *        filters, or cancelled): they are not scheduled here but listed, since they must be done in time
 */
public record CriticalPathView(String period, double totalWeeks, List<InitiativeRef> criticalPath,
        List<Scheduled> initiatives, List<ExternalPrerequisite> externalPrerequisites) {

    public record Scheduled(long id, String title, InitiativeStatus status, String targetQuarter, double durationWeeks,
            double earliestStartWeek, double earliestFinishWeek, double latestStartWeek, double latestFinishWeek,
            double slackWeeks, boolean critical) {
    }

    /** Initiative {@code initiativeId} of the plan depends on {@code dependsOn}, which is not in the plan. */
    public record ExternalPrerequisite(long initiativeId, InitiativeRef dependsOn) {
    }
}
