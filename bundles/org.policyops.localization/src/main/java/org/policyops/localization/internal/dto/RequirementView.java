package org.policyops.localization.internal.dto;

import org.policyops.api.localization.RequirementInfo;

/** {@link RequirementInfo} as JSON, with the region as a plain code. */
public record RequirementView(String id, String regulation, String article, String region, String title, String demands,
        String evidenceExpected) {

    public static RequirementView of(RequirementInfo r) {
        return new RequirementView(r.id(), r.regulation(), r.article(), r.region().value(), r.title(), r.demands(),
                r.evidenceExpected());
    }
}
