package org.policyops.api.planning;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.policyops.api.SemanticVersion;

/**
 * The policy catalog as a service, registered by the planning feature. Other domains reference it optionally:
 * when planning is not installed they fall back to holding policies by key.
 */
@ProviderType
public interface PolicyCatalog {

    Optional<PolicyInfo> findPolicy(String key);

    /** All versions of a policy, oldest first; empty when the policy does not exist. */
    List<PolicyVersionInfo> versions(String key);

    /**
     * The version currently in force: the highest version that has reached enforcement, or, if none has, the
     * highest version.
     */
    Optional<PolicyVersionInfo> currentVersion(String key);

    /**
     * When the version was approved (its status last became {@code APPROVED}); empty when it never was, or when the
     * policy or version does not exist. Launches measure regional time-to-deploy from it.
     *
     * @since 1.4
     */
    default Optional<Instant> approvedAt(String key, SemanticVersion version) {
        return Optional.empty();
    }
}
