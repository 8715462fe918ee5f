package org.policyops.api.localization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;
import org.policyops.api.RegionCode;

/**
 * What the localization feature knows, for tools that list it (console completion, dashboards): the keys of the
 * registered contents and the regions. Registered by the localization feature next to {@link TranslationStatus}.
 */
@ProviderType
public interface LocalizationCatalog {

    /** The most keys {@link #contentKeys} returns. */
    int MAX_KEYS = 1000;

    /** Registered content keys starting with {@code prefix} (all when null or empty), in key order, at most {@code limit}. */
    List<String> contentKeys(String prefix, int limit);

    /** Every region the feature knows, by code; {@code groupsOnly} keeps named groups such as EU and APAC. */
    List<RegionCode> regions(boolean groupsOnly);

    /**
     * The named groups the region belongs to, directly or through another group (e.g. {@code EU} for {@code FR});
     * empty when it belongs to none or is unknown. Since 1.1.
     */
    default Set<RegionCode> groupsOf(RegionCode region) {
        return Set.of();
    }

    /** The most timelines {@link #overdueTimelines} returns. Since 1.2. */
    int MAX_TIMELINES = 500;

    /**
     * The regional timelines with a milestone (translation, training, enforcement start) past its target date and not
     * done on {@code asOf}, the longest overdue first, at most {@code limit} (1 to {@link #MAX_TIMELINES}). Since 1.2;
     * an implementation of 1.1 knows of none.
     */
    default List<OverdueTimeline> overdueTimelines(LocalDate asOf, int limit) {
        return List.of();
    }

    /**
     * The region's time zone and working week, when localization records them for it; empty for an unknown region
     * or one whose zone or week nobody has set. Since 1.2.
     */
    default Optional<RegionWeek> week(RegionCode region) {
        return Optional.empty();
    }
}
