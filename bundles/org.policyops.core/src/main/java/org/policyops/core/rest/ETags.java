package org.policyops.core.rest;

import javax.ws.rs.core.EntityTag;

import org.policyops.core.internal.rest.IfMatchPolicy;

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
     * Checks an {@code If-Match} header against the record's current version. {@code *} passes; anything else must
     * name the current version (412). A missing header is refused with 428 when the platform requires If-Match
     * ({@code requireIfMatch}, etc/org.policyops.rest.cfg, on by default); otherwise it passes (last writer wins).
     */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            if (IfMatchPolicy.required()) {
                throw new ProblemException(428, "Precondition required", "This request changes a record that carries "
                        + "an ETag: send If-Match with the ETag you read (GET the record first), or If-Match: * to "
                        + "overwrite whatever is there.").with("currentETag", "\"" + currentVersion + "\"");
            }
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
