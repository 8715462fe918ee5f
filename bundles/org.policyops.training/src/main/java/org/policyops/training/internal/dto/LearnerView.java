package org.policyops.training.internal.dto;

import java.time.Instant;
import java.util.List;

import org.policyops.training.internal.entity.LearnerEntity;

public record LearnerView(String id, String name, String region, List<String> roles, List<String> languages, String team,
        Instant joinedAt) {

    public static LearnerView of(LearnerEntity l) {
        return new LearnerView(l.getLearnerId(), l.getName(), l.getRegion(), List.copyOf(l.getRoles()),
                Fields.split(l.getLanguages()), l.getTeam(), Instant.ofEpochMilli(l.getJoinedAt()));
    }
}
