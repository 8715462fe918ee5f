package org.policyops.api.localization;

import java.util.List;

import org.policyops.api.LocaleTag;
import org.policyops.api.RegionCode;

/**
 * Translation readiness of one content item in one region. A locale is ready when its translation is reviewed and
 * made from the current source revision; the source locale itself is always ready.
 *
 * @param contentKey the content
 * @param region the region asked about
 * @param regionKnown false when the localization feature has no such region (then nothing is required or ready)
 * @param sourceLocale the locale the content is written in
 * @param sourceRevision the current source revision (content hash)
 * @param requiredLocales the locales the region requires
 * @param readyLocales required locales that are reviewed and current
 * @param missingLocales required locales with no translation, or one still in progress
 * @param staleLocales required locales whose translation was made from an older source revision
 * @param unreviewedLocales required locales translated from the current revision but not yet reviewed
 */
public record ContentReadiness(String contentKey, RegionCode region, boolean regionKnown, LocaleTag sourceLocale,
        String sourceRevision, List<LocaleTag> requiredLocales, List<LocaleTag> readyLocales,
        List<LocaleTag> missingLocales, List<LocaleTag> staleLocales, List<LocaleTag> unreviewedLocales) {

    public ContentReadiness {
        requiredLocales = List.copyOf(requiredLocales);
        readyLocales = List.copyOf(readyLocales);
        missingLocales = List.copyOf(missingLocales);
        staleLocales = List.copyOf(staleLocales);
        unreviewedLocales = List.copyOf(unreviewedLocales);
    }

    /** True when the region is known and every required locale is ready. */
    public boolean ready() {
        return regionKnown && readyLocales.size() == requiredLocales.size();
    }
}
