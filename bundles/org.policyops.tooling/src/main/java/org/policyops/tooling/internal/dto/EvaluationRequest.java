package org.policyops.tooling.internal.dto;

import java.time.Instant;

import org.policyops.api.LocaleTag;
import org.policyops.api.PolicyRef;
import org.policyops.api.SemanticVersion;
import org.policyops.core.rest.Dates;
import org.policyops.core.rest.Validator;
import org.policyops.tooling.internal.domain.Agreement;

/**
 * Body of {@code POST /tooling/tools/{key}/evaluations}: the policy version and locale of the golden set, the model's
 * confusion matrix against QA reviewers' labels, who ran it (the caller when left out) and when (now when left out).
 */
public record EvaluationRequest(String policyKey, String policyVersion, String locale, Long truePositives,
        Long falsePositives, Long falseNegatives, Long trueNegatives, String ranBy, String ranAt) {

    /** The largest golden set one run may report. */
    public static final long MAX_COUNT = 100_000_000L;

    public record Valid(String policyKey, String policyVersion, String locale, Agreement agreement, String ranBy, Instant ranAt) {
    }

    public Valid validate() {
        Validator v = new Validator();
        String key = v.parse("policyKey", v.require("policyKey", policyKey), s -> PolicyRef.requireValidKey(s.trim()));
        String version = v.parse("policyVersion", v.require("policyVersion", policyVersion), s -> SemanticVersion.parse(s.trim()).toString());
        String tag = v.parse("locale", v.require("locale", locale), s -> LocaleTag.of(s.trim()).value());
        long[] counts = new long[4];
        String[] names = { "truePositives", "falsePositives", "falseNegatives", "trueNegatives" };
        Long[] values = { truePositives, falsePositives, falseNegatives, trueNegatives };
        for (int i = 0; i < 4; i++) {
            if (v.require(names[i], values[i]) != null) {
                v.range(names[i], values[i], 0, MAX_COUNT);
                counts[i] = values[i];
            }
        }
        if (v.isValid() && counts[0] + counts[1] + counts[2] + counts[3] == 0) {
            v.reject("truePositives", "the golden set is empty: the four counts add up to 0");
        }
        String by = v.optionalText("ranBy", ranBy, 200);
        Instant at = v.parse("ranAt", ranAt, Dates::instant);
        v.throwIfInvalid();
        return new Valid(key, version, tag, new Agreement(counts[0], counts[1], counts[2], counts[3]), by, at);
    }
}
