package org.policyops.training.internal.dto;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.policyops.core.rest.Validator;

/** Body of {@code POST /training/curricula} and {@code PUT /training/curricula/{code}}: courses in order. */
public record CurriculumRequest(String code, String title, List<String> courses) {

    public static final int MAX_COURSES = 100;

    /** The validated course codes, in order; whether they exist is checked by the service. */
    public List<String> validateCourses(Validator v) {
        List<String> codes = new ArrayList<>();
        if (courses == null || courses.isEmpty()) {
            v.reject("courses", "needs at least one course code");
        } else if (courses.size() > MAX_COURSES) {
            v.reject("courses", "must be at most " + MAX_COURSES + " (was " + courses.size() + ")");
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < courses.size(); i++) {
                String c = Fields.code(v, "courses[" + i + "]", courses.get(i));
                if (c != null && !seen.add(c)) {
                    v.reject("courses[" + i + "]", "'" + c + "' is listed twice");
                }
                codes.add(c);
            }
        }
        return codes;
    }
}
