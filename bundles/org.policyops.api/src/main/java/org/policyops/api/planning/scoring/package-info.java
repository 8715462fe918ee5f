/**
 * Portfolio prioritization as a plug-in point: the planning domain ranks initiatives with a {@link
 * org.policyops.api.planning.scoring.ScoringModel}. It brings RICE, WSJF and a risk-weighted model; any bundle may
 * register another {@code ScoringModel} service, which is then listed at {@code /api/planning/portfolio/models} and
 * used with {@code /api/planning/portfolio?model=<id>}.
 */
@Export
@Version("1.0.0")
package org.policyops.api.planning.scoring;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
