package org.policyops.training.internal.dto;

import java.time.Instant;
import java.util.List;

import org.policyops.training.internal.entity.CourseEntity;

public record CourseView(String code, String title, List<CourseRequest.Policy> policies, String modality,
        int durationMinutes, List<String> locales, double passThreshold, int validityDays, String forCourse,
        Instant updatedAt) {

    public static CourseView of(CourseEntity c) {
        return new CourseView(c.getCode(), c.getTitle(), c.getPolicies().stream()
                .map(p -> new CourseRequest.Policy(p.getPolicyKey(), p.getPolicyVersion())).toList(), c.getModality(),
                c.getDurationMinutes(), Fields.split(c.getLocales()), c.getPassThreshold(), c.getValidityDays(),
                c.getForCourse(), Instant.ofEpochMilli(c.getUpdatedAt()));
    }
}
