package org.policyops.api.localization;

import java.util.List;

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
}
