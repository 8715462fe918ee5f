package org.policyops.core.internal.events;

import java.util.Map;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands one event to Event Admin, or logs why it could not. */
public final class Posting {

    private static final Logger LOG = LoggerFactory.getLogger(Posting.class);

    private Posting() {
    }

    public static void send(EventAdmin admin, String topic, Map<String, ?> properties) {
        if (admin == null) {
            LOG.debug("No Event Admin; not posting {} {}", topic, properties);
            return;
        }
        try {
            admin.postEvent(new Event(topic, properties));
        } catch (RuntimeException e) {
            // The change is committed already; a broken event bus must not turn the request into an error.
            LOG.warn("Could not post {} {}: {}", topic, properties, e.toString());
        }
    }
}
