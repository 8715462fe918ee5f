package org.policyops.localization.internal.dto;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.policyops.localization.internal.entity.TimelineEntity;

/** A regional timeline with the milestones that are overdue on {@code asOf} (past target date, not done). */
public record TimelineView(long id, String policyKey, String policyVersion, String region, LocalDate translationDue,
        LocalDate translationDone, LocalDate trainingDue, LocalDate trainingDone, LocalDate enforcementStart,
        LocalDate enforcementStarted, String note, List<String> overdue) {

    public static TimelineView of(TimelineEntity t, LocalDate asOf) {
        TimelineEntity.Content c = t.content();
        return new TimelineView(t.getId(), c.policyKey(), c.policyVersion(), c.region(), c.translationDue(),
                c.translationDone(), c.trainingDue(), c.trainingDone(), c.enforcementStart(), c.enforcementStarted(), c.note(),
                overdue(c, asOf));
    }

    /** Which of translation, training and enforcement are past their target date and not done. */
    public static List<String> overdue(TimelineEntity.Content c, LocalDate asOf) {
        List<String> late = new ArrayList<>();
        if (late(c.translationDue(), c.translationDone(), asOf)) {
            late.add("translation");
        }
        if (late(c.trainingDue(), c.trainingDone(), asOf)) {
            late.add("training");
        }
        if (late(c.enforcementStart(), c.enforcementStarted(), asOf)) {
            late.add("enforcement");
        }
        return late;
    }

    private static boolean late(LocalDate due, LocalDate done, LocalDate asOf) {
        return due != null && done == null && due.isBefore(asOf);
    }
}
