package org.policyops.api.launches;

import java.time.Instant;
import java.util.Set;

/**
 * A registered integration and how its deliveries went since it was registered.
 *
 * @param delivered events handed over without an exception
 * @param failed events whose delivery threw
 * @param lastError the last delivery exception's message, null if none
 * @param lastDeliveryAt when the last event was handed over, null if none
 * @param problem what the integration itself reports as wrong, null when nothing
 */
public record IntegrationInfo(String id, String type, String description, Set<String> topics, long bundleId,
        String plugin, String pluginVersion, long delivered, long failed, String lastError, Instant lastDeliveryAt,
        String problem) {

    public IntegrationInfo {
        topics = Set.copyOf(topics);
    }
}
