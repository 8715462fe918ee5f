package org.policyops.localization.internal.rest;

import org.policyops.api.LocaleTag;
import org.policyops.api.RegionCode;
import org.policyops.core.rest.ProblemException;

/** Optional query parameters, normalised; a malformed one is a 400 naming it. */
final class Params {

    private Params() {
    }

    static String region(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return RegionCode.of(text).value();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("region", e.getMessage());
        }
    }

    static String locale(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocaleTag.of(text).value();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("locale", e.getMessage());
        }
    }

    static String text(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
