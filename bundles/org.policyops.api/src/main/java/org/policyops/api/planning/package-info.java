/**
 * What the planning domain offers the others: a read-only view of the policy catalog and the Event Admin
 * topics it posts when policy versions are created or move through the lifecycle, and (since 1.1) the
 * time-to-deploy of policy versions, and (since 1.2) read-only queries of the ranked portfolio and of the
 * dependencies between initiatives for consoles and reports ({@link PortfolioQuery}, {@link DependencyQuery}), and
 * (since 1.3) read-only plan proposals ({@link PlanQuery}), and (since 1.4) the approval date of a version
 * ({@link PolicyCatalog#approvedAt}), and (since 1.5) the dated public holidays of regions
 * ({@link HolidayCalendar}).
 */
@Export
@Version("1.5.0")
package org.policyops.api.planning;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
