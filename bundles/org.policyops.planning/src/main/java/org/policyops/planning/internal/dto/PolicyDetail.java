package org.policyops.planning.internal.dto;

import java.time.Instant;
import java.util.List;

import org.policyops.planning.internal.entity.PolicyEntity;

/** One policy with a line for each of its versions, lowest number first. */
public record PolicyDetail(String key, String name, String area, String owningTeam, String description,
        Instant createdAt, Instant updatedAt, List<VersionSummary> versions) {

    public static PolicyDetail of(PolicyEntity p) {
        return new PolicyDetail(p.getPolicyKey(), p.getName(), p.getArea(), p.getOwningTeam(), p.getDescription(),
                p.getCreatedAt(), p.getUpdatedAt(), p.getVersions().stream().map(VersionSummary::of).toList());
    }
}
