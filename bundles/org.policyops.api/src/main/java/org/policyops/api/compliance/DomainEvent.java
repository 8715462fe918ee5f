package org.policyops.api.compliance;

import java.util.Map;
import java.util.TreeMap;

/**
 * A domain event as delivered to integrations: its Event Admin topic and properties (strings, numbers and
 * booleans; the property names are documented with each topic).
 */
public record DomainEvent(String topic, Map<String, Object> properties) {

    public DomainEvent {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("an event needs a topic");
        }
        properties = properties == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(properties));
    }

    /** A property as text, or null when absent. */
    public String text(String name) {
        Object value = properties.get(name);
        return value == null ? null : value.toString();
    }
}
