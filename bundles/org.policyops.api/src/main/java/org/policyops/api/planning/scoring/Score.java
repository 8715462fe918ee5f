package org.policyops.api.planning.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The score of one initiative: the value ranked by (higher first), the named inputs and intermediate results it came
 * from (kept in the given order), and a one-line explanation for people.
 */
public record Score(double value, Map<String, Double> breakdown, String explanation) {

    public Score {
        breakdown = breakdown == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(breakdown));
        explanation = explanation == null ? "" : explanation;
    }
}
