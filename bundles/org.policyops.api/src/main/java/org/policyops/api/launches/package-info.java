/**
 * What the launches feature offers the others: the Event Admin topics it posts about launches, their readiness
 * and approvals; a read-only view of the compliance runtime (rules, integrations, readiness) for consoles and the
 * plugin inventory; and time-to-deploy per region, measured from launches.
 * 1.1: {@link org.policyops.api.launches.ReadinessObserver}, told of every readiness evaluation.
 */
@Export
@Version("1.1.0")
package org.policyops.api.launches;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
