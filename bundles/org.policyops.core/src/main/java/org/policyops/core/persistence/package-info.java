/** Helpers for domain bundles' JPA code: paged, sorted queries counted in the database. */
@Export
@Version("1.0.0")
package org.policyops.core.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
