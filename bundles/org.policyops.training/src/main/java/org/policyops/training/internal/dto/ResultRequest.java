package org.policyops.training.internal.dto;

import java.time.Instant;

import org.policyops.core.rest.Dates;
import org.policyops.core.rest.Validator;

/** Body of {@code POST /training/results}: a learner's assessment score on a course; {@code takenAt} defaults to now. */
public record ResultRequest(String learner, String course, Double score, String takenAt) {

    public record Content(String learner, String course, double score, Instant takenAt) {
    }

    public Content validate() {
        Validator v = new Validator();
        String l = Fields.code(v, "learner", learner);
        String c = Fields.code(v, "course", course);
        v.require("score", score);
        v.range("score", score, 0, 100);
        Instant at = v.parse("takenAt", takenAt, Dates::instant);
        v.throwIfInvalid();
        return new Content(l, c, score, at);
    }
}
