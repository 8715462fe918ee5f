package org.policyops.localization.internal.dto;

import java.util.List;

import org.policyops.api.LocaleTag;
import org.policyops.api.localization.ContentReadiness;

/** {@link ContentReadiness} as JSON: locales and the region as plain strings, and the verdict {@code ready}. */
public record ReadinessView(String contentKey, String region, boolean regionKnown, boolean ready, String sourceLocale,
        String sourceRevision, List<String> requiredLocales, List<String> readyLocales, List<String> missingLocales,
        List<String> staleLocales, List<String> unreviewedLocales) {

    public static ReadinessView of(ContentReadiness r) {
        return new ReadinessView(r.contentKey(), r.region().value(), r.regionKnown(), r.ready(), r.sourceLocale().value(),
                r.sourceRevision(), tags(r.requiredLocales()), tags(r.readyLocales()), tags(r.missingLocales()),
                tags(r.staleLocales()), tags(r.unreviewedLocales()));
    }

    private static List<String> tags(List<LocaleTag> locales) {
        return locales.stream().map(LocaleTag::value).toList();
    }
}
