package org.policyops.planning.internal.dto;

import org.policyops.core.rest.Validator;

/** Body of {@code POST /planning/initiatives/{id}/dependencies}: the id of the initiative it depends on. */
public record DependencyRequest(Long dependsOn) {

    public long validate() {
        Validator v = new Validator();
        v.require("dependsOn", dependsOn);
        if (dependsOn != null && dependsOn <= 0) {
            v.reject("dependsOn", "must be an initiative id, greater than 0 (was " + dependsOn + ")");
        }
        v.throwIfInvalid();
        return dependsOn;
    }
}
