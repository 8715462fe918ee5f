package org.policyops.localization.internal.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policyops.api.localization.LocalizationEvents;
import org.policyops.core.events.Notice;

/** The localization events ({@link LocalizationEvents}) with their documented properties, for core's EventPoster. */
public final class LocalizationNotices {

    private LocalizationNotices() {
    }

    /** A committed change of a content's source revision. */
    public record SourceChange(String contentKey, String sourceRevision, String previousRevision, List<String> staleLocales,
            Instant at) {
    }

    /** A committed change of a translation. */
    public record TranslationChange(String contentKey, String locale, String status, String by, Instant at) {
    }

    public static Notice sourceChanged(SourceChange c) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(LocalizationEvents.PROP_CONTENT_KEY, c.contentKey());
        p.put(LocalizationEvents.PROP_SOURCE_REVISION, c.sourceRevision());
        if (c.previousRevision() != null) {
            p.put(LocalizationEvents.PROP_PREVIOUS_REVISION, c.previousRevision());
        }
        p.put(LocalizationEvents.PROP_STALE_LOCALES, String.join(",", c.staleLocales()));
        p.put(LocalizationEvents.PROP_AT, c.at().toString());
        return new Notice(LocalizationEvents.SOURCE_CHANGED, p);
    }

    public static Notice translationChanged(TranslationChange c) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(LocalizationEvents.PROP_CONTENT_KEY, c.contentKey());
        p.put(LocalizationEvents.PROP_LOCALE, c.locale());
        p.put(LocalizationEvents.PROP_STATUS, c.status());
        p.put(LocalizationEvents.PROP_BY, c.by());
        p.put(LocalizationEvents.PROP_AT, c.at().toString());
        return new Notice(LocalizationEvents.TRANSLATION_CHANGED, p);
    }
}
