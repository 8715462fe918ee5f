package org.policyops.localization.internal.dto;

import org.policyops.api.SemanticVersion;
import org.policyops.core.rest.Validator;
import org.policyops.localization.internal.entity.ContentEntity;

/**
 * Body of POST /api/localization/contents (register) and PUT /contents/{key} (change the source). For policy
 * texts, {@code policyKey} and {@code policyVersion} say which policy version the source belongs to; a newer
 * version in planning then marks the source changed.
 */
public record ContentRequest(String key, String sourceLocale, String sourceText, String policyKey, String policyVersion) {

    public record Content(String key, String sourceLocale, String sourceText, String policyKey, String policyVersion) {
    }

    public Content validate(String pathKey) {
        Validator v = new Validator();
        String k = key == null ? pathKey : key.trim();
        if (k == null || k.isBlank()) {
            v.reject("key", "is required, e.g. policy/hate-speech/statement-of-reasons");
        } else if (k.length() > ContentEntity.MAX_KEY || !k.matches("[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*")) {
            v.reject("key", "must be lower-case words separated by '/', at most " + ContentEntity.MAX_KEY
                    + " characters, e.g. policy/hate-speech/text (was '" + k + "')");
        } else if (pathKey != null && !k.equals(pathKey)) {
            v.reject("key", "must be the key of the address (" + pathKey + "); a content key cannot change");
        }
        String l = sourceLocale == null ? "en" : Checks.locale(v, "sourceLocale", sourceLocale);
        String t = Checks.text(v, "sourceText", sourceText, ContentEntity.MAX_TEXT, true);
        String pk = v.optionalText("policyKey", policyKey, 100);
        String pv = null;
        if (policyVersion != null && !policyVersion.isBlank()) {
            SemanticVersion parsed = v.parse("policyVersion", policyVersion, SemanticVersion::parse);
            pv = parsed == null ? null : parsed.toString();
            if (pk == null) {
                v.reject("policyVersion", "needs a policyKey");
            }
        }
        v.throwIfInvalid();
        return new Content(k, l, t, pk, pv);
    }
}
