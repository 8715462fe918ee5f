package org.policyops.localization.internal.dto;

/** A response body with the optimistic-lock version of the record it shows, which becomes its ETag. */
public record Tagged<T>(T body, long version) {
}
