package org.policyops.localization.internal.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.policyops.api.localization.LocalizationEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Posts the localization events, asynchronously, after the change they describe is committed. */
@Component(service = LocalizationEventPoster.class)
public class LocalizationEventPoster {

    private static final Logger LOG = LoggerFactory.getLogger(LocalizationEventPoster.class);

    private volatile EventAdmin eventAdmin;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setEventAdmin(EventAdmin admin) {
        this.eventAdmin = admin;
    }

    void unsetEventAdmin(EventAdmin admin) {
        if (this.eventAdmin == admin) {
            this.eventAdmin = null;
        }
    }

    /** A committed change of a content's source revision. */
    public record SourceChange(String contentKey, String sourceRevision, String previousRevision, List<String> staleLocales,
            Instant at) {
    }

    /** A committed change of a translation. */
    public record TranslationChange(String contentKey, String locale, String status, String by, Instant at) {
    }

    public void sourceChanged(SourceChange c) {
        post(LocalizationEvents.SOURCE_CHANGED, sourceChangedProperties(c));
    }

    public void translationChanged(TranslationChange c) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(LocalizationEvents.PROP_CONTENT_KEY, c.contentKey());
        p.put(LocalizationEvents.PROP_LOCALE, c.locale());
        p.put(LocalizationEvents.PROP_STATUS, c.status());
        p.put(LocalizationEvents.PROP_BY, c.by());
        p.put(LocalizationEvents.PROP_AT, c.at().toString());
        post(LocalizationEvents.TRANSLATION_CHANGED, p);
    }

    static Map<String, Object> sourceChangedProperties(SourceChange c) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(LocalizationEvents.PROP_CONTENT_KEY, c.contentKey());
        p.put(LocalizationEvents.PROP_SOURCE_REVISION, c.sourceRevision());
        if (c.previousRevision() != null) {
            p.put(LocalizationEvents.PROP_PREVIOUS_REVISION, c.previousRevision());
        }
        p.put(LocalizationEvents.PROP_STALE_LOCALES, String.join(",", c.staleLocales()));
        p.put(LocalizationEvents.PROP_AT, c.at().toString());
        return p;
    }

    private void post(String topic, Map<String, Object> properties) {
        EventAdmin admin = eventAdmin;
        if (admin == null) {
            LOG.debug("No Event Admin; not posting {} {}", topic, properties);
            return;
        }
        try {
            admin.postEvent(new Event(topic, properties));
        } catch (RuntimeException e) {
            // The change is committed; a broken event bus must not turn the request into an error.
            LOG.warn("Could not post {} {}: {}", topic, properties, e.toString());
        }
    }
}
