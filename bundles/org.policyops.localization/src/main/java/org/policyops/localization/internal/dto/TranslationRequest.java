package org.policyops.localization.internal.dto;

import org.policyops.core.rest.Validator;
import org.policyops.localization.internal.domain.TranslationState;
import org.policyops.localization.internal.entity.ContentEntity;

/**
 * Body of PUT /api/localization/translations/{locale}?content=KEY. {@code sourceRevision} is the revision the text
 * was translated from; when omitted, the content's current revision (the translator worked from what is there).
 */
public record TranslationRequest(String text, String status, String translator, String sourceRevision) {

    public record Content(String text, TranslationState status, String translator, String sourceRevision) {
    }

    public Content validate() {
        Validator v = new Validator();
        TranslationState s = status == null ? null : v.parse("status", status, TranslationState::parse);
        if (status == null) {
            v.reject("status", "is required: MISSING, IN_PROGRESS, TRANSLATED or REVIEWED");
        }
        boolean needsText = s == TranslationState.TRANSLATED || s == TranslationState.REVIEWED;
        String t = Checks.text(v, "text", text, ContentEntity.MAX_TEXT, needsText);
        String tr = v.optionalText("translator", translator, 200);
        if (tr != null && tr.chars().anyMatch(c -> c < 0x20)) {
            v.reject("translator", "must be one line");
        }
        String r = v.optionalText("sourceRevision", sourceRevision, 64);
        v.throwIfInvalid();
        return new Content(t, s, tr, r);
    }
}
