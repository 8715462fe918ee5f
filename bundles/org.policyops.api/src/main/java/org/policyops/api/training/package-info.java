/**
 * What the training feature offers the others: training coverage and proficiency per policy, region and role
 * (used by compliance rules and metrics) and the Event Admin topics it posts about certifications.
 */
@Export
@Version("1.0.0")
package org.policyops.api.training;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
