package org.policyops.launches.internal.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.policyops.core.rest.Dates;
import org.policyops.api.PolicyRef;
import org.policyops.api.RegionCode;
import org.policyops.api.SemanticVersion;
import org.policyops.core.rest.Validator;
import org.policyops.launches.internal.entity.LaunchEntity;

/**
 * Body of {@code POST /launches} and {@code PUT /launches/{id}}:
 * <pre>
 * {"title":"Hate speech v3.1 — EU and UK", "policyKey":"hate-speech", "policyVersion":"3.1.0",
 *  "regions":[{"region":"EU","targetDate":"2027-01-18"},{"region":"UK"}],
 *  "developmentStartedAt":"2026-09-07T00:00:00Z", "versionApprovedAt":"2026-11-02T00:00:00Z"}
 * </pre>
 * The two dates are optional: they are the version's, for time-to-deploy when the policy catalog (planning) does
 * not know them. A regional lead's body naming other regions is refused (403) by the service.
 */
public record LaunchRequest(String title, String policyKey, String policyVersion, List<RegionRequest> regions,
        String developmentStartedAt, String versionApprovedAt) {

    public static final int MAX_REGIONS = 50;

    /** The region codes as sent, for the regional lead check (which the service makes before anything else). */
    public List<String> regionCodes() {
        List<String> codes = new ArrayList<>();
        if (regions != null) {
            for (RegionRequest r : regions) {
                if (r != null && r.region() != null) {
                    codes.add(r.region());
                }
            }
        }
        return codes;
    }

    /** Checks every field and reports all problems at once; the catalog check is the service's. */
    public LaunchEntity.Content validate(Instant now) {
        Validator v = new Validator();
        String t = v.requireText("title", title, 200);
        String key = v.requireText("policyKey", policyKey, 64);
        if (key != null) {
            key = v.parse("policyKey", key, PolicyRef::requireValidKey);
        }
        String versionText = v.requireText("policyVersion", policyVersion, 24);
        SemanticVersion version = versionText == null ? null : v.parse("policyVersion", versionText, SemanticVersion::parse);
        List<LaunchEntity.RegionPlan> plans = new ArrayList<>();
        List<RegionRequest> list = regions;
        if (list == null || list.isEmpty()) {
            v.reject("regions", "name at least one region, such as [{\"region\":\"EU\",\"targetDate\":\"2027-01-18\"}]");
        } else if (list.size() > MAX_REGIONS) {
            v.reject("regions", "at most " + MAX_REGIONS + " regions (was " + list.size() + ")");
        } else {
            Set<RegionCode> seen = new LinkedHashSet<>();
            for (int i = 0; i < list.size(); i++) {
                RegionRequest r = list.get(i);
                String field = "regions[" + i + "]";
                if (r == null) {
                    v.reject(field, "must not be null");
                    continue;
                }
                RegionCode code = v.parse(field + ".region", v.require(field + ".region", r.region()), RegionCode::of);
                LocalDate date = v.parse(field + ".targetDate", r.targetDate(), Dates::date);
                if (code != null && !seen.add(code)) {
                    v.reject(field + ".region", code + " is named twice");
                    continue;
                }
                if (code != null) {
                    plans.add(new LaunchEntity.RegionPlan(code, date));
                }
            }
        }
        Instant dev = v.parse("developmentStartedAt", developmentStartedAt, Dates::instant);
        Instant approved = v.parse("versionApprovedAt", versionApprovedAt, Dates::instant);
        if (dev != null && dev.isAfter(now)) {
            v.reject("developmentStartedAt", "must not be in the future (was " + dev + ")");
        }
        if (approved != null && approved.isAfter(now)) {
            v.reject("versionApprovedAt", "must not be in the future (was " + approved + ")");
        }
        if (dev != null && approved != null && approved.isBefore(dev)) {
            v.reject("versionApprovedAt", "must not be before developmentStartedAt (" + dev + "), was " + approved);
        }
        v.throwIfInvalid();
        return new LaunchEntity.Content(t, key, version, plans, dev, approved);
    }
}
