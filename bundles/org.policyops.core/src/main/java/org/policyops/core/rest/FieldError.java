package org.policyops.core.rest;

/** One thing wrong with a request: the field at fault (a JSON path such as {@code versions[0].summary}) and why. */
public record FieldError(String field, String message) {
}
