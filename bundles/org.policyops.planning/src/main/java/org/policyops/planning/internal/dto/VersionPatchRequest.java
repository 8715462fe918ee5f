package org.policyops.planning.internal.dto;

import org.policyops.core.rest.Validator;
import org.policyops.planning.internal.domain.VersionStatus;

/** Body of {@code PATCH /planning/policies/{key}/versions/{version}}: the fields to change; absent ones stay. */
public record VersionPatchRequest(String summary, VersionStatus status) {

    public record Content(String summary, VersionStatus status) {
    }

    public Content validate() {
        Validator v = new Validator();
        String s = null;
        if (summary != null) {
            s = v.requireText("summary", summary, 2000);
        }
        if (summary == null && status == null) {
            v.reject("summary", "is required when status is not given: send summary, status or both");
        }
        v.throwIfInvalid();
        return new Content(s, status);
    }
}
