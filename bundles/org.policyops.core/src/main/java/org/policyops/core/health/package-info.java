/** What domain bundles use to report their health the same way: loading, tables readable, a failed load. */
@Export
@Version("1.0.0")
package org.policyops.core.health;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
