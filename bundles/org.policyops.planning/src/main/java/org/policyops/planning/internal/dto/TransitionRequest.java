package org.policyops.planning.internal.dto;

import java.time.Instant;

import org.policyops.api.LifecycleStage;
import org.policyops.core.rest.Validator;

/**
 * Body of {@code POST /planning/policies/{key}/versions/{version}/transitions}: the stage to enter, optionally when
 * it was entered (to backfill history) and a note.
 */
public record TransitionRequest(LifecycleStage stage, Instant at, String note) {

    public record Content(LifecycleStage stage, Instant at, String note) {
    }

    public Content validate() {
        Validator v = new Validator();
        v.require("stage", stage);
        String n = v.optionalText("note", note, 1000);
        v.throwIfInvalid();
        return new Content(stage, at, n);
    }
}
