package org.policyops.planning.internal.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.policyops.planning.internal.domain.InitiativeStatus;
import org.policyops.planning.internal.domain.MilestoneKind;

/**
 * A roadmap: the initiatives targeted in a year or quarter, and those with milestones dated in it, each with its
 * milestones of the period. Initiatives come in target-quarter order, then by title; milestones by date.
 * {@code quarters} groups the initiatives' ids by the quarter of the period they are targeted in.
 */
public record Roadmap(int year, String quarter, LocalDate from, LocalDate to, List<QuarterGroup> quarters,
        List<Item> initiatives) {

    /** One quarter of the period: the initiatives targeted in it and the milestones dated in it. */
    public record QuarterGroup(String quarter, List<Long> initiativeIds, List<Long> milestoneIds) {
    }

    /** An initiative on the roadmap. */
    public record Item(long id, String title, String targetQuarter, InitiativeStatus status, List<String> regions,
            List<String> linesOfBusiness, String owningTeam, Instant updatedAt, List<Milestone> milestones) {
    }

    /** A milestone on the roadmap. */
    public record Milestone(long id, String title, LocalDate date, MilestoneKind kind, String note, Instant updatedAt) {
    }
}
