/**
 * Value types shared by every PolicyOps domain: regions, locales, lifecycle stages, policy references and
 * semantic versions. Each validates its input on construction, so a value that exists is a valid value.
 */
@Export
@Version("1.0.0")
package org.policyops.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
