/**
 * The plugin SPI for compliance rules and integrations. A regional or team plugin is a bundle that carries the
 * {@link org.policyops.api.compliance.PluginHeaders plugin headers}, imports this package with a version range
 * such as {@code [1.0,2)}, and registers {@link org.policyops.api.compliance.ComplianceRule} and
 * {@link org.policyops.api.compliance.Integration} services. The platform evaluates rules when a launch's
 * readiness is asked for and delivers domain events to integrations, isolating both from each other and from the
 * caller: a rule that throws or runs too long is reported, never fatal. Since 1.1 a rule sees region groups and
 * filtered evidence; since 1.2 the region's calendar ({@link org.policyops.api.compliance.RegionCalendar}).
 */
@Export
@Version("1.2.0")
package org.policyops.api.compliance;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
