package org.policyops.core.events;

import java.util.Map;

/** An event to post: a topic and its properties, built by a domain's event factory and posted by {@link EventPoster}. */
public record Notice(String topic, Map<String, Object> properties) {

    public Notice {
        properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
    }
}
