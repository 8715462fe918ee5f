package org.policyops.localization.internal.dto;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.policyops.core.rest.Validator;
import org.policyops.localization.internal.entity.RegionEntity;

/**
 * Body of POST/PUT /api/localization/regions: kind COUNTRY or GROUP; a group lists its member regions. The optional
 * {@code timeZone} (IANA) and {@code workingDays} (day names): omitted, they keep their values.
 */
public record RegionRequest(String code, String name, String kind, List<String> members, List<String> requiredLocales,
        String timeZone, List<String> workingDays) {

    /** Without the calendar fields (clients written before them). */
    public RegionRequest(String code, String name, String kind, List<String> members, List<String> requiredLocales) {
        this(code, name, kind, members, requiredLocales, null, null);
    }

    /** {@code zone} and {@code workingDays} are null when the request leaves them as they are. */
    public record Content(String code, String name, String kind, List<String> members, List<String> requiredLocales,
            ZoneId zone, Set<DayOfWeek> workingDays) {
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.trim());
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("must be an IANA time zone such as Europe/London (was '" + text + "')");
        }
    }

    /** MONDAY or MON, any case. */
    private static DayOfWeek day(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(java.util.Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (!t.isEmpty() && (d.name().equals(t) || d.name().substring(0, 3).equals(t))) {
                return d;
            }
        }
        throw new IllegalArgumentException("must be a day such as MONDAY or MON (was '" + text + "')");
    }

    /** Validates; {@code pathCode} is the code of the address for PUT (the body may then omit it). */
    public Content validate(String pathCode) {
        Validator v = new Validator();
        String c = Checks.region(v, "code", code == null ? pathCode : code);
        if (pathCode != null && c != null && !c.equals(pathCode)) {
            v.reject("code", "must be the code of the address (" + pathCode + "); a region's code cannot change");
        }
        String n = v.requireText("name", name, RegionEntity.MAX_NAME);
        String k = kind == null ? (c != null && c.length() == 2 ? "COUNTRY" : "GROUP") : kind.trim().toUpperCase(java.util.Locale.ROOT);
        if (!k.equals("COUNTRY") && !k.equals("GROUP")) {
            v.reject("kind", "must be COUNTRY or GROUP (was '" + kind + "')");
        }
        List<String> m = Checks.regions(v, "members", v.maxItems("members", members, RegionEntity.MAX_MEMBERS));
        if (k.equals("COUNTRY") && !m.isEmpty()) {
            v.reject("members", "a country has no members; use kind GROUP");
        }
        if (c != null && m.contains(c)) {
            v.reject("members", "a region cannot be its own member");
        }
        List<String> l = Checks.locales(v, "requiredLocales", v.maxItems("requiredLocales", requiredLocales, RegionEntity.MAX_LOCALES));
        ZoneId z = v.parse("timeZone", timeZone, RegionRequest::zone);
        Set<DayOfWeek> w = null;
        if (workingDays != null) {
            if (workingDays.isEmpty()) {
                v.reject("workingDays", "must name at least one day, such as [\"MONDAY\", ..., \"FRIDAY\"]");
            } else {
                List<DayOfWeek> days = v.parseAll("workingDays", v.maxItems("workingDays", workingDays, 7), RegionRequest::day);
                w = days.isEmpty() ? null : EnumSet.copyOf(days);
            }
        }
        v.throwIfInvalid();
        return new Content(c, n, k, m, l, z, w);
    }
}
