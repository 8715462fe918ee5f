package org.policyops.launches.internal.dto;

import java.util.regex.Pattern;

import org.policyops.api.PolicyRef;
import org.policyops.api.RegionCode;
import org.policyops.api.SemanticVersion;
import org.policyops.core.rest.Validator;
import org.policyops.launches.internal.entity.EvidenceEntity;

/**
 * Body of {@code POST /launches/evidence}:
 * {@code {"requirementId":"UK-OSA-9","region":"UK","policyKey":"child-safety","policyVersion":"4.1.0",
 * "reference":"https://docs.example.org/ra/child-safety-2026","summary":"Illegal-content risk assessment, reviewed by legal"}}.
 * The version is optional (evidence for the policy as a whole).
 */
public record EvidenceRequest(String requirementId, String region, String policyKey, String policyVersion,
        String reference, String summary) {

    private static final Pattern REQUIREMENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public EvidenceEntity.Content validate() {
        Validator v = new Validator();
        String req = v.requireText("requirementId", requirementId, 64);
        if (req != null && !REQUIREMENT_ID.matcher(req).matches()) {
            v.reject("requirementId", "'" + req + "' is not a requirement id: use letters, digits, dots, underscores and "
                    + "hyphens, such as UK-OSA-9");
        }
        RegionCode r = v.parse("region", v.require("region", region), RegionCode::of);
        String key = v.requireText("policyKey", policyKey, 64);
        if (key != null) {
            key = v.parse("policyKey", key, PolicyRef::requireValidKey);
        }
        String version = v.optionalText("policyVersion", policyVersion, 24);
        SemanticVersion sv = version == null ? null : v.parse("policyVersion", version, SemanticVersion::parse);
        String ref = v.requireText("reference", reference, 1000);
        String sum = v.optionalText("summary", summary, 2000);
        v.throwIfInvalid();
        return new EvidenceEntity.Content(req.toUpperCase(java.util.Locale.ROOT), r.value(), key,
                sv == null ? null : sv.toString(), ref, sum);
    }
}
