package org.policyops.localization.internal.domain;

/**
 * Where a translation stands. Only {@link #REVIEWED} from the current source revision counts as ready; MISSING is
 * what a locale without a translation row reports, and may also be stored to say "wanted, not started".
 */
public enum TranslationState {
    MISSING, IN_PROGRESS, TRANSLATED, REVIEWED;

    /** Parses a status case-insensitively, naming the accepted values on error. */
    public static TranslationState parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be one of MISSING, IN_PROGRESS, TRANSLATED, REVIEWED (was '" + text + "')", e);
        }
    }
}
