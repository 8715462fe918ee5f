package org.policyops.api;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** A BCP 47 language tag such as {@code de}, {@code pt-BR} or {@code zh-Hant-TW}, kept in canonical form. */
public record LocaleTag(String value) implements Comparable<LocaleTag> {

    public LocaleTag {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a locale is required: use a BCP 47 tag such as de or pt-BR");
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(value).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllegalArgumentException("'" + value + "' has no language subtag: use a BCP 47 tag such as de or pt-BR");
            }
            value = locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("'" + value + "' is not a BCP 47 language tag: use one such as de or pt-BR", e);
        }
    }

    public static LocaleTag of(String value) {
        return new LocaleTag(value == null ? null : value.trim().replace('_', '-'));
    }

    public Locale toLocale() {
        return Locale.forLanguageTag(value);
    }

    @Override
    public int compareTo(LocaleTag other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
