package org.policyops.planning.internal.dto;

import java.time.Instant;
import java.util.List;

/**
 * Answer of {@code GET /planning/initiatives/{id}/dependencies}: what the initiative depends on, and which
 * initiatives depend on it, each with who added the edge and when.
 */
public record DependenciesView(InitiativeRef initiative, List<Link> dependsOn, List<Link> dependedOnBy) {

    /** The initiative at the other end of an edge. */
    public record Link(InitiativeRef initiative, Instant createdAt, String createdBy) {
    }
}
