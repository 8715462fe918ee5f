package org.policyops.localization.internal.dto;

import java.util.List;

import org.policyops.core.rest.Validator;
import org.policyops.localization.internal.entity.RegionEntity;

/** Body of POST/PUT /api/localization/regions: kind COUNTRY or GROUP; a group lists its member regions. */
public record RegionRequest(String code, String name, String kind, List<String> members, List<String> requiredLocales) {

    public record Content(String code, String name, String kind, List<String> members, List<String> requiredLocales) {
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
        v.throwIfInvalid();
        return new Content(c, n, k, m, l);
    }
}
