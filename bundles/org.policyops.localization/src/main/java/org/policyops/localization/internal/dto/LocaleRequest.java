package org.policyops.localization.internal.dto;

import org.policyops.core.rest.Validator;

/** Body of POST /api/localization/locales; the name defaults to the tag's English display name. */
public record LocaleRequest(String tag, String name) {

    public LocaleView validate() {
        Validator v = new Validator();
        String t = Checks.locale(v, "tag", tag);
        String n = v.optionalText("name", name, 200);
        v.throwIfInvalid();
        return new LocaleView(t, n != null ? n : java.util.Locale.forLanguageTag(t).getDisplayName(java.util.Locale.ENGLISH));
    }
}
