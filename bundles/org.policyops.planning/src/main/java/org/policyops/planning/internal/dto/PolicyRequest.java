package org.policyops.planning.internal.dto;

import org.policyops.api.PolicyRef;
import org.policyops.core.rest.Validator;

/** Body of {@code POST /planning/policies} and {@code PUT /planning/policies/{key}}. */
public record PolicyRequest(String key, String name, String area, String owningTeam, String description) {

    /** The policy's fields once trimmed and checked. */
    public record Content(String key, String name, String area, String owningTeam, String description) {
    }

    /** Checks a new policy's body: every field, including a key that is well formed. */
    public Content validateNew() {
        Validator v = new Validator();
        String k = v.requireText("key", key, 64);
        if (k != null) {
            k = v.parse("key", k, PolicyRef::requireValidKey);
        }
        return content(v, k);
    }

    /**
     * Checks the body that replaces policy {@code pathKey}: the key may be left out, but if given it must be the
     * one in the address, since keys never change.
     */
    public Content validateReplacing(String pathKey) {
        Validator v = new Validator();
        if (key != null && !key.trim().equals(pathKey)) {
            v.reject("key", "cannot change: it must be '" + pathKey + "' or left out (was '" + key + "')");
        }
        return content(v, pathKey);
    }

    private Content content(Validator v, String k) {
        String n = v.requireText("name", name, 200);
        String a = v.requireText("area", area, 100);
        String t = v.requireText("owningTeam", owningTeam, 100);
        String d = v.optionalText("description", description, 4000);
        v.throwIfInvalid();
        return new Content(k, n, a, t, d);
    }
}
