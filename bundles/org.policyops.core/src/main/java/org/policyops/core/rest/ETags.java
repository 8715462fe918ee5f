package org.policyops.core.rest;

import javax.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency over HTTP: a record's JPA {@code @Version} is its ETag; a write that carries
 * {@code If-Match} with an older ETag is refused with 412 and changes nothing.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Checks an {@code If-Match} header against the record's current version. A missing header passes (the
     * client then accepts last-writer-wins); {@code *} passes; anything else must name the current version.
     */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = Long.toString(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(current)) {
                return;
            }
        }
        throw ProblemException.preconditionFailed("The record was changed since you read it (If-Match " + ifMatch.trim()
                + ", current ETag \"" + current + "\"). Read it again, reapply your change and retry.")
                .with("currentETag", "\"" + current + "\"");
    }
}
