package org.policyops.localization.internal.dto;

import org.policyops.api.RegionCode;
import org.policyops.api.localization.RequirementInfo;
import org.policyops.core.rest.Validator;
import org.policyops.localization.internal.entity.RequirementEntity;

/** Body of POST/PUT /api/localization/requirements. */
public record RequirementRequest(String id, String regulation, String article, String region, String title,
        String demands, String evidenceExpected) {

    public RequirementInfo validate(String pathId) {
        Validator v = new Validator();
        String i = id == null ? pathId : id.trim();
        if (i == null || !i.matches("[A-Z0-9][A-Z0-9-]{1,49}")) {
            v.reject("id", "is required: upper-case letters, digits and '-', e.g. EU-DSA-17 (was '" + i + "')");
        } else if (pathId != null && !i.equals(pathId)) {
            v.reject("id", "must be the id of the address (" + pathId + ")");
        }
        String reg = v.requireText("regulation", regulation, 300);
        String art = v.requireText("article", article, 100);
        String r = Checks.region(v, "region", region);
        String t = v.requireText("title", title, 300);
        String d = v.requireText("demands", demands, RequirementEntity.MAX_TEXT);
        String e = v.requireText("evidenceExpected", evidenceExpected, RequirementEntity.MAX_TEXT);
        v.throwIfInvalid();
        return new RequirementInfo(i, reg, art, RegionCode.of(r), t, d, e);
    }
}
