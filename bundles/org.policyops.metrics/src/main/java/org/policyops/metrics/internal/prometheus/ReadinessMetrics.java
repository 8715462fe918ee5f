package org.policyops.metrics.internal.prometheus;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.launches.ReadinessObserver;
import org.policyops.api.launches.ReadinessReport;
import org.policyops.api.launches.RegionReadiness;
import org.policyops.api.launches.RuleEvaluation;

/**
 * Times each readiness evaluation and counts the rules' verdicts, for the scrape. Launches calls it when installed;
 * without launches it is simply never called.
 */
@Component(service = ReadinessObserver.class)
public class ReadinessMetrics implements ReadinessObserver {

    private final PlatformMetrics metrics;

    @Activate
    public ReadinessMetrics(@Reference PlatformMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void evaluated(ReadinessReport report, long durationNanos) {
        metrics.observeReadiness(durationNanos / 1e9);
        for (RegionReadiness region : report.regions()) {
            for (RuleEvaluation e : region.rules()) {
                metrics.countVerdict(e.ruleId(), e.verdict().name());
            }
        }
    }
}
