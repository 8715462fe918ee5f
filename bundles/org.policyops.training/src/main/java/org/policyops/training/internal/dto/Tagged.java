package org.policyops.training.internal.dto;

/** A response body together with the optimistic-lock version of the record it shows, which becomes its ETag. */
public record Tagged<T>(T body, long version) {
}
