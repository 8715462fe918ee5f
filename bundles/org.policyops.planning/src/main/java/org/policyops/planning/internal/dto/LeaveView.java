package org.policyops.planning.internal.dto;

import java.time.Instant;

/** Planned leave as the API shows it. */
public record LeaveView(long id, long teamId, String team, String member, String quarter, double days,
        Instant createdAt, String createdBy) {
}
