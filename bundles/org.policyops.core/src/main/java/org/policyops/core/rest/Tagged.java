package org.policyops.core.rest;

/**
 * A response body together with the optimistic-lock version of the record it shows, which becomes its ETag
 * ({@link RestSupport#ok(Tagged)}, {@link RestSupport#created(java.net.URI, Tagged)}).
 *
 * @param <T> the body's type
 */
public record Tagged<T>(T body, long version) {
}
