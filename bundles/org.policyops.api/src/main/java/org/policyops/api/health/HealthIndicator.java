package org.policyops.api.health;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by each domain bundle (which also carries the manifest header {@value #DOMAIN_HEADER}) so that the
 * health endpoint can tell whether the domain is ready. A domain bundle whose indicator is missing is reported
 * as not ready.
 */
@ConsumerType
public interface HealthIndicator {

    /** Manifest header naming the domain a bundle implements, e.g. {@code PolicyOps-Domain: planning}. */
    String DOMAIN_HEADER = "PolicyOps-Domain";

    /** The domain's name, the value of its bundle's {@value #DOMAIN_HEADER} header. */
    String domain();

    /** Checks the domain quickly (well under a second); never throws. */
    HealthStatus check();
}
