package org.policyops.training.internal.dto;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.policyops.api.PolicyRef;
import org.policyops.api.SemanticVersion;
import org.policyops.core.rest.Validator;
import org.policyops.training.internal.entity.CourseEntity;
import org.policyops.training.internal.entity.CoveredPolicy;

/**
 * Body of {@code POST /training/courses} and {@code PUT /training/courses/{code}}. A train-the-trainer course names
 * the course its graduates may teach in {@code forCourse}. A course covers the one or more {@code policies} it
 * lists, each with the policy version it teaches; the single {@code policyKey} and {@code policyVersion} of the first
 * version of this API are still read as a one-policy list when {@code policies} is left out.
 */
public record CourseRequest(String code, String title, List<Policy> policies, String policyKey, String policyVersion,
        String modality, Integer durationMinutes, List<String> locales, Double passThreshold, Integer validityDays,
        String forCourse) {

    /** How many policies one course may cover: a course, not a catalogue. */
    public static final int MAX_POLICIES = 20;

    /** One covered policy in a request. */
    public record Policy(String policyKey, String policyVersion) {
    }

    /** How a course is delivered. */
    public enum Modality {
        E_LEARNING, INSTRUCTOR_LED, SELF_STUDY, BLENDED, TRAIN_THE_TRAINER
    }

    public CourseEntity.Content validate(Validator v) {
        String t = v.requireText("title", title, 200);
        List<CoveredPolicy> covered = covered(v);
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
        return new CourseEntity.Content(t, covered, m.name(), durationMinutes, loc, pass, validity, teaches);
    }

    /** The covered policies, each error naming its entry ({@code policies[1].policyVersion}). */
    private List<CoveredPolicy> covered(Validator v) {
        List<Policy> given = policies;
        String prefix = "policies";
        if (given == null && (policyKey != null || policyVersion != null)) {
            given = List.of(new Policy(policyKey, policyVersion));
            prefix = null;
        } else if (given != null && (policyKey != null || policyVersion != null)) {
            v.reject(policyKey != null ? "policyKey" : "policyVersion", "give either policies or the single policyKey "
                    + "and policyVersion, not both");
            return List.of();
        }
        if (given == null || given.isEmpty()) {
            v.reject("policies", "must list at least one policy, e.g. [{\"policyKey\":\"hate-speech\",\"policyVersion\":\"3.1.0\"}]");
            return List.of();
        }
        if (given.size() > MAX_POLICIES) {
            v.reject("policies", "must list at most " + MAX_POLICIES + " policies (was " + given.size() + ")");
            return List.of();
        }
        List<CoveredPolicy> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Policy p = given.get(i);
            String at = prefix == null ? "" : prefix + "[" + i + "].";
            if (p == null) {
                v.reject(prefix + "[" + i + "]", "must be an object with policyKey and policyVersion");
                continue;
            }
            String key = v.parse(at + "policyKey", v.require(at + "policyKey", p.policyKey()),
                    s -> PolicyRef.requireValidKey(s.trim()));
            SemanticVersion version = v.parse(at + "policyVersion", p.policyVersion(), SemanticVersion::parse);
            if (key != null && !seen.add(key)) {
                v.reject(at + "policyKey", "lists '" + key + "' a second time");
            } else if (key != null) {
                out.add(new CoveredPolicy(key, version == null ? null : version.toString(),
                        version == null ? null : version.major()));
            }
        }
        return out;
    }
}
