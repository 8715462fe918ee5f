package org.policyops.localization.internal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.policyops.api.LocaleTag;
import org.policyops.api.RegionCode;
import org.policyops.api.localization.ContentReadiness;

/**
 * Decides the readiness of one content item in one region from its translations. Per required locale: the source
 * locale is ready; a reviewed translation of the current revision is ready; any translation of an older revision is
 * stale, whatever its status (a reviewed text of old wording is not ready); a translated-but-unreviewed one of the
 * current revision is unreviewed; none, MISSING or IN_PROGRESS is missing. Locales match exactly: a region that
 * requires {@code pt-BR} is not served by {@code pt}.
 */
public final class Readiness {

    /** What is stored about one locale's translation. */
    public record Fact(TranslationState status, String sourceRevision) {
    }

    /** The verdict for one locale. */
    public enum LocaleState {
        READY, MISSING, STALE, UNREVIEWED
    }

    private Readiness() {
    }

    public static LocaleState state(LocaleTag locale, LocaleTag sourceLocale, String currentRevision, Fact fact) {
        if (locale.equals(sourceLocale)) {
            return LocaleState.READY;
        }
        if (fact == null || fact.status() == TranslationState.MISSING) {
            return LocaleState.MISSING;
        }
        if (!currentRevision.equals(fact.sourceRevision())) {
            return LocaleState.STALE;
        }
        return switch (fact.status()) {
            case REVIEWED -> LocaleState.READY;
            case TRANSLATED -> LocaleState.UNREVIEWED;
            default -> LocaleState.MISSING;
        };
    }

    /**
     * @param requiredLocales the region's locales; null when the region is unknown (nothing is required then)
     * @param facts the content's translations by locale
     */
    public static ContentReadiness of(String contentKey, RegionCode region, List<LocaleTag> requiredLocales,
            LocaleTag sourceLocale, String sourceRevision, Map<LocaleTag, Fact> facts) {
        List<LocaleTag> required = requiredLocales == null ? List.of() : requiredLocales;
        List<LocaleTag> ready = new ArrayList<>();
        List<LocaleTag> missing = new ArrayList<>();
        List<LocaleTag> stale = new ArrayList<>();
        List<LocaleTag> unreviewed = new ArrayList<>();
        for (LocaleTag locale : required) {
            switch (state(locale, sourceLocale, sourceRevision, facts.get(locale))) {
                case READY -> ready.add(locale);
                case MISSING -> missing.add(locale);
                case STALE -> stale.add(locale);
                case UNREVIEWED -> unreviewed.add(locale);
            }
        }
        return new ContentReadiness(contentKey, region, requiredLocales != null, sourceLocale, sourceRevision, required,
                ready, missing, stale, unreviewed);
    }
}
