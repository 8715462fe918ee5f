package org.policyops.planning.internal.dto;

import java.time.Instant;

import org.policyops.planning.internal.entity.PolicyEntity;

/** A policy as listed by {@code GET /planning/policies}. */
public record PolicySummary(String key, String name, String area, String owningTeam, String description,
        Instant createdAt, Instant updatedAt) {

    public static PolicySummary of(PolicyEntity p) {
        return new PolicySummary(p.getPolicyKey(), p.getName(), p.getArea(), p.getOwningTeam(), p.getDescription(),
                p.getCreatedAt(), p.getUpdatedAt());
    }
}
