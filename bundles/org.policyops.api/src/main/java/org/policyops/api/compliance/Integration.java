package org.policyops.api.compliance;

import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Calls an external system when domain events happen (a ticketing system, a chat channel, a webhook). Register
 * one service per configured instance, typically from a Declarative Services component bound to a Config Admin
 * factory configuration, so that administrators add instances with {@code etc/<factory-pid>-<name>.cfg}.
 * <p>
 * The platform delivers each committed domain event whose topic matches {@link #topics()} by calling
 * {@link #deliver} on its own delivery thread, one event at a time per integration, never on the thread of the
 * request that caused the event. Deliveries that throw are counted and shown in the plugin inventory.
 * Topics are listed in {@link org.policyops.api.launches.LaunchEvents},
 * {@link org.policyops.api.planning.PlanningEvents}, {@link org.policyops.api.training.TrainingEvents} and
 * {@link org.policyops.api.localization.LocalizationEvents}.
 */
@ConsumerType
public interface Integration {

    /** The instance's identifier, unique among integrations, e.g. {@code webhook.ops-channel}. */
    String id();

    /** The kind of integration, e.g. {@code webhook}. */
    String type();

    /** What this instance does, for the inventory, e.g. "posts launch events to https://hooks.example.org/…". */
    String description();

    /** Event Admin topics this instance wants; a trailing {@code /*} matches a whole subtree. */
    Set<String> topics();

    /**
     * Hands over one event. Should return quickly (queue slow work, such as retries, inside the integration).
     *
     * @throws Exception when the event could not be accepted; counted and shown in the inventory
     */
    void deliver(DomainEvent event) throws Exception;

    /** What is wrong with this instance right now, in plain words, e.g. the last failed call; empty when all is well. */
    default Optional<String> problem() {
        return Optional.empty();
    }
}
