package org.policyops.core.events;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Posts a domain's events through OSGi Event Admin, asynchronously. Posted inside a transaction, an event goes out
 * once that transaction commits, and never when it rolls back, so nobody hears of a change that did not happen.
 * Posting never throws into the request: the change is committed already, and a missing or broken Event Admin
 * only means that no one is told (it is logged). Core registers the one implementation as an OSGi service; outside
 * OSGi use {@link EventPosters}.
 */
@ProviderType
public interface EventPoster {

    /** Posts an event with the given topic (see the API's {@code *Events} classes) and properties. */
    void post(String topic, Map<String, ?> properties);

    default void post(Notice notice) {
        post(notice.topic(), notice.properties());
    }

    /** Posts each notice, in order. */
    default void postAll(Iterable<Notice> notices) {
        for (Notice n : notices) {
            post(n);
        }
    }
}
