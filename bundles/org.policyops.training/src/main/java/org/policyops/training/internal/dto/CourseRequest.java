package org.policyops.training.internal.dto;

import java.util.List;
import java.util.Locale;

import org.policyops.api.PolicyRef;
import org.policyops.api.SemanticVersion;
import org.policyops.core.rest.Validator;
import org.policyops.training.internal.entity.CourseEntity;

/**
 * Body of {@code POST /training/courses} and {@code PUT /training/courses/{code}}. A train-the-trainer course names
 * the course its graduates may teach in {@code forCourse}.
 */
public record CourseRequest(String code, String title, String policyKey, String policyVersion, String modality,
        Integer durationMinutes, List<String> locales, Double passThreshold, Integer validityDays, String forCourse) {

    /** How a course is delivered. */
    public enum Modality {
        E_LEARNING, INSTRUCTOR_LED, SELF_STUDY, BLENDED, TRAIN_THE_TRAINER
    }

    public CourseEntity.Content validate(Validator v) {
        String t = v.requireText("title", title, 200);
        String key = v.parse("policyKey", v.require("policyKey", policyKey), PolicyRef::requireValidKey);
        SemanticVersion version = v.parse("policyVersion", policyVersion, SemanticVersion::parse);
        Modality m = v.parse("modality", v.require("modality", modality), s -> {
            try {
                return Modality.valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("must be one of " + List.of(Modality.values()) + " (was '" + s + "')", e);
            }
        });
        v.require("durationMinutes", durationMinutes);
        v.range("durationMinutes", durationMinutes, 1, 100_000);
        String loc = Fields.locales(v, "locales", locales);
        double pass = passThreshold == null ? 80 : passThreshold;
        v.range("passThreshold", pass, 0, 100);
        int validity = validityDays == null ? 365 : validityDays;
        v.range("validityDays", validity, 1, 3650);
        String teaches = forCourse == null || forCourse.isBlank() ? null : Fields.code(v, "forCourse", forCourse);
        if (m == Modality.TRAIN_THE_TRAINER && teaches == null) {
            v.reject("forCourse", "is required for a train-the-trainer course: the course its graduates may teach");
        } else if (m != null && m != Modality.TRAIN_THE_TRAINER && teaches != null) {
            v.reject("forCourse", "is only for TRAIN_THE_TRAINER courses");
        }
        v.throwIfInvalid();
        return new CourseEntity.Content(t, key, version == null ? null : version.toString(),
                version == null ? null : version.major(), m.name(), durationMinutes, loc, pass, validity, teaches);
    }
}
