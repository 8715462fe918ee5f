package org.policyops.api.planning;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The dependencies between initiatives, as a read-only service registered by the planning feature (used by the
 * console commands).
 *
 * @since 1.2
 */
@ProviderType
public interface DependencyQuery {

    /**
     * What the initiative depends on, then what depends on it, each in target-quarter order.
     *
     * @throws IllegalArgumentException when there is no initiative with that id
     */
    List<DependencyInfo> dependencies(long initiativeId);

    /** Open initiatives (neither DONE nor CANCELLED) that depend on at least one initiative that is not DONE. */
    List<BlockedInfo> blocked();
}
