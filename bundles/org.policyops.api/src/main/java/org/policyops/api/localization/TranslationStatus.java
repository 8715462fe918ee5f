package org.policyops.api.localization;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.policyops.api.RegionCode;

/**
 * "Is content X available, reviewed and current in every required locale of region R?" Registered by the
 * localization feature. Content is identified by the key its owner registered it under; see {@link ContentKeys}
 * for the keys of policy texts and templates.
 */
@ProviderType
public interface TranslationStatus {

    /**
     * The readiness of one content item in one region; empty when no content is registered under the key.
     * A region the localization feature does not know is reported with {@link ContentReadiness#regionKnown()} false.
     */
    Optional<ContentReadiness> readiness(String contentKey, RegionCode region);
}
