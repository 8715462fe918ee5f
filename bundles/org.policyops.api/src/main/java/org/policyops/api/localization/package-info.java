/**
 * What the localization feature offers the others: whether content is translated, reviewed and current in every
 * locale a region requires, the catalog of regional compliance requirements, and the Event Admin topics it posts.
 * 1.2: the overdue regional timelines ({@link org.policyops.api.localization.LocalizationCatalog#overdueTimelines}) and a
 * region's time zone and working week ({@link LocalizationCatalog#week}).
 */
@Export
@Version("1.2.0")
package org.policyops.api.localization;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
