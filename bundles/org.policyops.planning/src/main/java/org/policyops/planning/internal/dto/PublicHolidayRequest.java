package org.policyops.planning.internal.dto;

import java.time.LocalDate;

import org.policyops.api.RegionCode;
import org.policyops.core.rest.Dates;
import org.policyops.core.rest.Validator;
import org.policyops.planning.internal.entity.PublicHolidayEntity;

/** Body of {@code POST} and {@code PUT /api/planning/public-holidays}: a region, an ISO date and a name. */
public record PublicHolidayRequest(String region, String date, String name) {

    public record Content(String region, LocalDate date, String name) {
    }

    public Content validate() {
        Validator v = new Validator();
        String r = v.parse("region", v.require("region", region), s -> RegionCode.of(s).value());
        LocalDate d = v.parse("date", v.require("date", date), Dates::date);
        String n = v.requireText("name", name, PublicHolidayEntity.MAX_NAME);
        v.throwIfInvalid();
        return new Content(r, d, n);
    }
}
