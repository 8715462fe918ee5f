/**
 * North-star KPIs. Each domain (and any plugin) registers a {@link org.policyops.api.metrics.KpiProvider} that
 * defines its KPIs with default targets and computes their values in its own database queries; the metrics feature
 * gathers them into a registry with targets and thresholds, keeps their history and serves the
 * {@link org.policyops.api.metrics.KpiScorecard}. A provider depends only on this package, which the API bundle always
 * carries, so a domain works the same whether or not the metrics feature is installed.
 * 1.1: {@link org.policyops.api.metrics.MetricsEvents} (executive reports published).
 */
@Export
@Version("1.1.0")
package org.policyops.api.metrics;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
