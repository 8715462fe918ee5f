package org.policyops.api.localization;

/**
 * Event Admin topics posted by the localization feature, and their property names. Subscribe with
 * {@code event.topics=org/policyops/localization/*}.
 */
public final class LocalizationEvents {

    /** A content item's source revision changed; its translations from older revisions are now stale. Properties: contentKey, sourceRevision, previousRevision, staleLocales (comma-separated), at. */
    public static final String SOURCE_CHANGED = "org/policyops/localization/content/SOURCE_CHANGED";

    /** A translation was created or changed status. Properties: contentKey, locale, status, by, at. */
    public static final String TRANSLATION_CHANGED = "org/policyops/localization/translation/CHANGED";

    public static final String PROP_CONTENT_KEY = "contentKey";
    public static final String PROP_SOURCE_REVISION = "sourceRevision";
    public static final String PROP_PREVIOUS_REVISION = "previousRevision";
    public static final String PROP_STALE_LOCALES = "staleLocales";
    public static final String PROP_LOCALE = "locale";
    public static final String PROP_STATUS = "status";
    public static final String PROP_BY = "by";
    /** ISO-8601 instant. */
    public static final String PROP_AT = "at";

    private LocalizationEvents() {
    }
}
