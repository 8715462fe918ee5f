/** Posting domain events the same way in every domain: through Event Admin, after commit, never failing a request. */
@Export
@Version("1.0.0")
package org.policyops.core.events;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
