package org.policyops.planning.internal.service;

import java.util.stream.Collectors;

import org.policyops.core.rest.ProblemException;

/** Problems of the REST layer, told to callers of the query services as plain exceptions. */
final class Problems {

    private Problems() {
    }

    /** The field errors ("region: ...; quarter: ...") or else the detail, as an {@link IllegalArgumentException}. */
    static IllegalArgumentException asIllegalArgument(ProblemException e) {
        String message = e.errors().isEmpty() ? e.detail()
                : e.errors().stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return new IllegalArgumentException(message, e);
    }
}
