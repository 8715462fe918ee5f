/**
 * Helpers for domain bundles' JPA code: paged, sorted queries counted in the database. 1.1: flushing and the time
 * as stored ({@link org.policyops.core.persistence.PersistenceSupport}), and loading shipped data once per database
 * ({@link org.policyops.core.persistence.OnceLoader}). 1.2: {@link org.policyops.core.persistence.PagedQuery.Filters},
 * filters that build subqueries.
 */
@Export
@Version("1.2.0")
package org.policyops.core.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
