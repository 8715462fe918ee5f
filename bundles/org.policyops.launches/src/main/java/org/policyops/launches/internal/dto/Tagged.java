package org.policyops.launches.internal.dto;

/** A response body with the optimistic-lock version it was read at, which becomes its ETag. */
public record Tagged<T>(T body, long version) {
}
