package org.policyops.training.internal.dto;

import java.time.Instant;
import java.util.List;

/** One learner's assignments (from the learning paths of their roles and region) and certifications. */
public record LearnerStatus(LearnerView learner, List<AssignmentView> assignments, List<CertificationView> certifications) {

    /** A course the learner must hold, why (path and curriculum), by when, and where they stand. */
    public record AssignmentView(long pathId, String path, String curriculum, String course, Instant dueAt, String status,
            Long certificationId) {
    }
}
