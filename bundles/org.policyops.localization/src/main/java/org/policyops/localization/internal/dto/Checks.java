package org.policyops.localization.internal.dto;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.policyops.api.LocaleTag;
import org.policyops.api.RegionCode;
import org.policyops.core.rest.Validator;

/** Field checks the localization requests share. */
public final class Checks {

    private Checks() {
    }

    static String locale(Validator v, String field, String text) {
        if (text == null || text.isBlank()) {
            v.reject(field, "is required: a BCP 47 tag such as de or pt-BR");
            return null;
        }
        LocaleTag tag = v.parse(field, text, LocaleTag::of);
        return tag == null ? null : tag.value();
    }

    static String region(Validator v, String field, String text) {
        if (text == null || text.isBlank()) {
            v.reject(field, "is required: a region code such as DE or EU");
            return null;
        }
        RegionCode code = v.parse(field, text, RegionCode::of);
        return code == null ? null : code.value();
    }

    /** Parses a list of locales, dropping duplicates but keeping the order given. */
    static List<String> locales(Validator v, String field, List<String> texts) {
        return new ArrayList<>(new LinkedHashSet<>(v.parseAll(field, texts, t -> LocaleTag.of(t).value())));
    }

    static List<String> regions(Validator v, String field, List<String> texts) {
        return new ArrayList<>(new LinkedHashSet<>(v.parseAll(field, texts, t -> RegionCode.of(t).value())));
    }

    /**
     * Refuses control characters other than tab and line breaks ({@link Validator#unprintable}) and the XML
     * non-characters U+FFFE and U+FFFF: XML 1.0 cannot carry them, so a text with them could not be exported to
     * XLIFF and back.
     */
    public static String text(Validator v, String field, String text, int max, boolean required) {
        String t = text;
        if (t == null || t.isBlank()) {
            if (required) {
                v.reject(field, "is required");
            }
            return null;
        }
        if (t.length() > max) {
            v.reject(field, "must be at most " + max + " characters (was " + t.length() + ")");
        }
        String bad = Validator.unprintable(t);
        if (bad != null) {
            v.reject(field, bad);
        } else if (t.indexOf('\uFFFE') >= 0 || t.indexOf('\uFFFF') >= 0) {
            v.reject(field, "holds U+FFFE or U+FFFF, which are no characters");
        }
        return t;
    }
}
