package org.policyops.planning.internal.dto;

import java.util.List;

import org.policyops.core.rest.Validator;
import org.policyops.planning.internal.domain.Quarter;

/** Body of {@code POST /planning/plan}: the year, optionally one quarter of it ({@code Q1}..{@code Q4}), and the model. */
public record PlanRequest(Integer year, String quarter, String model) {

    /** The quarters to plan, in order. */
    public List<Quarter> validate() {
        Validator v = new Validator();
        v.require("year", year);
        v.range("year", year, 1970, 9999);
        Integer q = v.parse("quarter", quarter == null || quarter.isBlank() ? null : quarter, PlanRequest::quarter);
        v.throwIfInvalid();
        if (q != null) {
            return List.of(new Quarter(year, q));
        }
        return List.of(new Quarter(year, 1), new Quarter(year, 2), new Quarter(year, 3), new Quarter(year, 4));
    }

    private static Integer quarter(String text) {
        String t = text.trim().toUpperCase(java.util.Locale.ROOT);
        if (!t.matches("Q[1-4]")) {
            throw new IllegalArgumentException("'" + text + "' is not a quarter: use Q1, Q2, Q3 or Q4");
        }
        return t.charAt(1) - '0';
    }
}
