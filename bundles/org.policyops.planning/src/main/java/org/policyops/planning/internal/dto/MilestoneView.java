package org.policyops.planning.internal.dto;

import java.time.Instant;
import java.time.LocalDate;

import org.policyops.planning.internal.domain.MilestoneKind;
import org.policyops.planning.internal.entity.MilestoneEntity;

/** A milestone as the API shows it. */
public record MilestoneView(long id, long initiativeId, String title, LocalDate date, MilestoneKind kind, String note,
        Instant createdAt, String createdBy, Instant updatedAt) {

    public static MilestoneView of(MilestoneEntity m) {
        return new MilestoneView(m.getId(), m.getInitiative().getId(), m.getTitle(), m.getDate(), m.getKind(),
                m.getNote(), m.getCreatedAt(), m.getCreatedBy(), m.getUpdatedAt());
    }
}
