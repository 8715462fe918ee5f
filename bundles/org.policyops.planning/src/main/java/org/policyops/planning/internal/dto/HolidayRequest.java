package org.policyops.planning.internal.dto;

import org.policyops.api.RegionCode;
import org.policyops.core.rest.Validator;
import org.policyops.planning.internal.domain.Quarter;

/** Body of {@code POST /planning/holidays}: public-holiday working days of a region in a quarter (0 to 65). */
public record HolidayRequest(String region, String quarter, Double days) {

    /** 13 weeks of 5 working days. */
    public static final double MAX_DAYS = 65;

    public record Content(String region, Quarter quarter, double days) {
    }

    public Content validate() {
        Validator v = new Validator();
        String r = v.parse("region", v.require("region", region), s -> RegionCode.of(s).value());
        Quarter q = v.parse("quarter", v.require("quarter", quarter), Quarter::parse);
        v.require("days", days);
        v.range("days", days, 0, MAX_DAYS);
        v.throwIfInvalid();
        return new Content(r, q, days);
    }
}
