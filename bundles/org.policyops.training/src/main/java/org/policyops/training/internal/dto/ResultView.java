package org.policyops.training.internal.dto;

import java.time.Instant;
import java.util.List;

import org.policyops.training.internal.entity.ResultEntity;

/**
 * A result, and the certifications its pass granted, one per policy the course covers (empty when it did not pass,
 * and when the result is read back later).
 */
public record ResultView(long id, String learner, String course, double score, boolean passed,
        Instant takenAt, String recordedBy, List<CertificationView> certifications) {

    public static ResultView of(ResultEntity r, List<CertificationView> granted) {
        return new ResultView(r.getId(), r.getLearnerId(), r.getCourseCode(), r.getScore(), r.isPassed(),
                Instant.ofEpochMilli(r.getTakenAt()), r.getRecordedBy(), granted);
    }
}
