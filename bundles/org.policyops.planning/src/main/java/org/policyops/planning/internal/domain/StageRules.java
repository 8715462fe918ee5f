package org.policyops.planning.internal.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.policyops.api.LifecycleStage;
import org.policyops.core.rest.ProblemException;

/**
 * The rules of the policy lifecycle: a version moves forward exactly one stage at a time, and the history of when
 * it entered each stage can be backfilled but never reordered or dated in the future.
 */
public final class StageRules {

    private StageRules() {
    }

    /**
     * Refuses (409) any move other than to the stage right after {@code current}; the problem names the allowed
     * next stage so the client can correct itself.
     *
     * @param subject what is moving, for the message, e.g. "Version 3.1.0 of hate-speech"
     */
    public static void requireNextStage(String subject, LifecycleStage current, LifecycleStage requested) {
        LifecycleStage next = current.next().orElse(null);
        if (requested == next) {
            return;
        }
        if (next == null) {
            throw ProblemException.conflict(subject + " is already in " + current + ", the last stage; it cannot move to "
                    + requested + ". Create a new version to change the policy.");
        }
        String why;
        if (requested == current) {
            why = " is already in " + current + ".";
        } else if (requested.isBefore(current)) {
            why = " is in " + current + " and cannot move back to " + requested + ": stages only move forward.";
        } else {
            why = " is in " + current + " and cannot skip to " + requested + ": stages move one at a time.";
        }
        throw ProblemException.conflict(subject + why + " The allowed next stage is " + next + ".")
                .with("currentStage", current.name())
                .with("allowedNextStage", next.name());
    }

    /**
     * The moment a stage is entered: {@code at} when the client backfills history, otherwise now. Times are kept to
     * the millisecond, which is what the database stores.
     *
     * @param field the request field that carried {@code at}, named in the 400 problem
     * @param previous when the version entered its current stage, or null for the first stage
     */
    public static Instant effectiveTime(String field, Instant at, Instant previous, Instant now) {
        Instant current = now.truncatedTo(ChronoUnit.MILLIS);
        if (at == null) {
            // The previous stage may have been recorded by a node whose clock runs slightly ahead of this one's;
            // history must still read in order.
            return previous != null && previous.isAfter(current) ? previous : current;
        }
        Instant when = at.truncatedTo(ChronoUnit.MILLIS);
        if (when.isAfter(current)) {
            throw ProblemException.badRequest(field, "must not be in the future (was " + at + ", now is " + current + ")");
        }
        if (previous != null && when.isBefore(previous)) {
            throw ProblemException.badRequest(field, "must not be before the previous stage was entered (" + previous
                    + "; was " + at + ")");
        }
        return when;
    }
}
