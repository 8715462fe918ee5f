package org.policyops.planning.internal.dto;

import java.time.Instant;
import java.time.LocalDate;

import org.policyops.planning.internal.entity.PublicHolidayEntity;

/** A dated public holiday as the API shows it. */
public record PublicHolidayView(long id, String region, LocalDate date, String name, Instant createdAt,
        String createdBy, Instant updatedAt) {

    public static PublicHolidayView of(PublicHolidayEntity h) {
        return new PublicHolidayView(h.getId(), h.getRegion(), h.getDate(), h.getName(), h.getCreatedAt(),
                h.getCreatedBy(), h.getUpdatedAt());
    }
}
