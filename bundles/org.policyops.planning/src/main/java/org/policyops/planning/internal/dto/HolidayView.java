package org.policyops.planning.internal.dto;

import java.time.Instant;

import org.policyops.planning.internal.entity.HolidayEntity;

/** Public-holiday days of a region in a quarter, as the API shows them. */
public record HolidayView(long id, String region, String quarter, double days, Instant createdAt, String createdBy) {

    public static HolidayView of(HolidayEntity h) {
        return new HolidayView(h.getId(), h.getRegion(), h.getQuarter().toString(), h.getDays(), h.getCreatedAt(),
                h.getCreatedBy());
    }
}
