package org.policyops.core.events;

import org.osgi.service.event.EventAdmin;
import org.policyops.core.internal.events.Posting;

/** Event posters for code that runs outside OSGi: unit tests, benchmarks. */
public final class EventPosters {

    private EventPosters() {
    }

    /** Posts to the given Event Admin at once, outside any transaction. */
    public static EventPoster to(EventAdmin admin) {
        return (topic, properties) -> Posting.send(admin, topic, properties);
    }

    /** Tells no one. */
    public static EventPoster none() {
        return (topic, properties) -> Posting.send(null, topic, properties);
    }
}
