package org.policyops.training.internal.dto;

import java.time.Instant;

import org.policyops.training.internal.entity.ResultEntity;

/** A result, and the certification its pass granted (null when it did not pass). */
public record ResultView(long id, String learner, String course, String policyKey, double score, boolean passed,
        Instant takenAt, String recordedBy, CertificationView certification) {

    public static ResultView of(ResultEntity r, CertificationView granted) {
        return new ResultView(r.getId(), r.getLearnerId(), r.getCourseCode(), r.getPolicyKey(), r.getScore(), r.isPassed(),
                Instant.ofEpochMilli(r.getTakenAt()), r.getRecordedBy(), granted);
    }
}
