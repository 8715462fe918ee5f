package org.policyops.training.internal.dto;

import java.time.Instant;
import java.util.List;

import org.policyops.training.internal.entity.SessionEntity;

public record SessionView(long id, String course, String trainer, Instant startsAt, int durationMinutes, String locale,
        int capacity, List<EnrolmentView> enrolments) {

    public record EnrolmentView(String learnerId, boolean attended) {
    }

    public static SessionView of(SessionEntity s) {
        return new SessionView(s.getId(), s.getCourseCode(), s.getTrainerId(), Instant.ofEpochMilli(s.getStartsAt()),
                s.getDurationMinutes(), s.getLocale(), s.getCapacity(), s.getEnrolments().stream()
                        .map(e -> new EnrolmentView(e.getLearnerId(), e.isAttended())).toList());
    }
}
