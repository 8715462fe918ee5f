package org.policyops.training.internal.dto;

import org.policyops.core.rest.Dates;
import org.policyops.api.PolicyRef;
import org.policyops.core.rest.Validator;

/**
 * Body of {@code POST /training/quality-signals} and one CSV row: QA results of a policy in a region for a month.
 * Posting the same policy, region and period again replaces the figures.
 */
public record QualitySignalRequest(String policyKey, String region, String period, Integer sampleSize,
        Integer missedViolations, Integer wrongActions) {

    public record Content(String policyKey, String region, String period, int sampleSize, int missedViolations,
            int wrongActions) {
    }

    public Content validate(Validator v) {
        String key = v.parse("policyKey", v.require("policyKey", policyKey), s -> PolicyRef.requireValidKey(s.trim()));
        String r = Fields.region(v, "region", region);
        String p = v.parse("period", v.require("period", period), s -> Dates.month(s).toString());
        v.require("sampleSize", sampleSize);
        v.range("sampleSize", sampleSize, 1, 100_000_000);
        v.require("missedViolations", missedViolations);
        v.require("wrongActions", wrongActions);
        if (sampleSize != null) {
            v.range("missedViolations", missedViolations, 0, sampleSize);
            v.range("wrongActions", wrongActions, 0, sampleSize);
            if (missedViolations != null && wrongActions != null && missedViolations + wrongActions > sampleSize) {
                v.reject("wrongActions", "missedViolations + wrongActions must not exceed sampleSize (" + sampleSize + ")");
            }
        }
        if (!v.isValid()) {
            return null;
        }
        return new Content(key, r, p, sampleSize, missedViolations, wrongActions);
    }
}
