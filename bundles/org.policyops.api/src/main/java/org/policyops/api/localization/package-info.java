/**
 * What the localization feature offers the others: whether content is translated, reviewed and current in every
 * locale a region requires, the catalog of regional compliance requirements, and the Event Admin topics it posts;
 * since 1.2 a region's time zone and working week ({@link LocalizationCatalog#week}).
 */
@Export
@Version("1.2.0")
package org.policyops.api.localization;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
