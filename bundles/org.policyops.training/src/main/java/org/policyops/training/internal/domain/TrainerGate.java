package org.policyops.training.internal.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A trainer may lead a session of a course only while holding a valid train-the-trainer certification for that
 * course: one that is active, not superseded or withdrawn, and still valid when the session ends.
 */
public final class TrainerGate {

    /** A train-the-trainer certification the trainer holds: the course it entitles to teach, its state and end. */
    public record Held(String forCourse, CertState state, long validUntil) {
    }

    private TrainerGate() {
    }

    /** Why the trainer may not lead the session, or empty when they may. */
    public static Optional<String> refusal(String trainerId, String courseCode, List<Held> held, long now, long sessionEnds) {
        boolean any = false;
        for (Held h : held) {
            if (!courseCode.equals(h.forCourse())) {
                continue;
            }
            any = true;
            if (h.state() == CertState.ACTIVE && h.validUntil() > now && h.validUntil() >= sessionEnds) {
                return Optional.empty();
            }
        }
        if (!any) {
            return Optional.of(trainerId + " holds no train-the-trainer certification for " + courseCode + ".");
        }
        return Optional.of(trainerId + "'s train-the-trainer certification for " + courseCode
                + " is not valid until the end of the session (" + Instant.ofEpochMilli(sessionEnds)
                + "); it has expired, ends earlier or must be renewed.");
    }
}
