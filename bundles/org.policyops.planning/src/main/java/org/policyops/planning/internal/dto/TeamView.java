package org.policyops.planning.internal.dto;

import java.time.Instant;
import java.util.List;

import org.policyops.planning.internal.entity.TeamEntity;

/** A team as the API shows it, members included. */
public record TeamView(long id, String name, String region, List<Member> members, Instant createdAt, String createdBy,
        Instant updatedAt) {

    public record Member(String name, String role, double fte) {
    }

    public static TeamView of(TeamEntity t) {
        return new TeamView(t.getId(), t.getName(), t.getRegion(),
                t.getMembers().stream().map(m -> new Member(m.getName(), m.getRole(), m.getFte())).toList(),
                t.getCreatedAt(), t.getCreatedBy(), t.getUpdatedAt());
    }
}
