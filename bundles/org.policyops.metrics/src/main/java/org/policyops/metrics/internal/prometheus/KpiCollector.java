package org.policyops.metrics.internal.prometheus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.policyops.api.metrics.KpiScore;
import org.policyops.api.metrics.KpiScorecard;

import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;

/**
 * The KPIs as gauges, read from the scorecard at each scrape: {@code policyops_kpi_<id>} (dashes become underscores)
 * with the value's dimensions as labels, and {@code policyops_kpi_target{kpi="<id>"}} with each KPI's target. A KPI
 * without recorded values has no gauge samples.
 */
final class KpiCollector implements MultiCollector {

    static final String PREFIX = "policyops_kpi_";
    /** What a metric or label name may not hold; compiled once, since a scrape names thousands of labels. */
    private static final java.util.regex.Pattern NOT_NAME = java.util.regex.Pattern.compile("[^a-z0-9_]");

    private final KpiScorecard scorecard;

    KpiCollector(KpiScorecard scorecard) {
        this.scorecard = scorecard;
    }

    /** The metric name of a KPI id: {@code training-coverage} → {@code policyops_kpi_training_coverage}. */
    static String name(String kpiId) {
        return PREFIX + NOT_NAME.matcher(kpiId.toLowerCase(Locale.ROOT)).replaceAll("_");
    }

    @Override
    public MetricSnapshots collect() {
        Map<String, GaugeSnapshot.Builder> gauges = new LinkedHashMap<>();
        GaugeSnapshot.Builder targets = GaugeSnapshot.builder().name("policyops_kpi_target")
                .help("Each KPI's target in force");
        Map<String, Boolean> targetWritten = new LinkedHashMap<>();
        for (KpiScore s : scorecard.scorecard(null)) {
            if (targetWritten.putIfAbsent(s.kpiId(), true) == null) {
                targets.dataPoint(GaugeDataPointSnapshot.builder().value(s.target()).labels(Labels.of("kpi", s.kpiId())).build());
            }
            if (s.value() == null) {
                continue;
            }
            GaugeSnapshot.Builder g = gauges.computeIfAbsent(s.kpiId(), id -> GaugeSnapshot.builder().name(name(id))
                    .help(s.name() + " (" + s.unit() + "), as of the latest snapshot"));
            List<String> names = new ArrayList<>();
            List<String> values = new ArrayList<>();
            s.dimensions().forEach((k, v) -> {
                names.add(NOT_NAME.matcher(k.toLowerCase(Locale.ROOT)).replaceAll("_"));
                values.add(v);
            });
            g.dataPoint(GaugeDataPointSnapshot.builder().value(s.value()).labels(Labels.of(names, values)).build());
        }
        MetricSnapshots.Builder out = MetricSnapshots.builder();
        gauges.values().forEach(g -> out.metricSnapshot(g.build()));
        out.metricSnapshot(targets.build());
        return out.build();
    }
}
