/**
 * What the training feature offers the others: training coverage and proficiency per policy, region and role
 * (used by compliance rules and metrics) and the Event Admin topics it posts about certifications. 1.1: the learners
 * per role and region ({@link org.policyops.api.training.LearnerDirectory}), which tooling's target populations use.
 */
@Export
@Version("1.1.0")
package org.policyops.api.training;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
