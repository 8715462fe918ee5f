/** Health reporting: each domain bundle registers a {@link HealthIndicator} that {@code GET /api/health} shows. */
@Export
@Version("1.0.0")
package org.policyops.api.health;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
