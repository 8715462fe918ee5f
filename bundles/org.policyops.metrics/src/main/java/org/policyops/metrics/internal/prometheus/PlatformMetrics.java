package org.policyops.metrics.internal.prometheus;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.policyops.api.metrics.KpiScorecard;
import org.policyops.api.plugins.PluginInfo;
import org.policyops.api.plugins.PluginInventory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;

/**
 * The Prometheus registry of this node, written with the official Prometheus Java client: the KPI gauges
 * ({@link KpiCollector}), the JVM's metrics, HTTP requests per route and status with their latency
 * ({@link #observeRequest}), readiness evaluation time and rule verdicts ({@link ReadinessMetrics}), and the plugin
 * count per bundle state. One registry per activation, so a restart of the
 * bundle registers everything afresh.
 */
@Component(service = PlatformMetrics.class)
public class PlatformMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformMetrics.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PluginInventory plugins;

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Histogram requests;
    private final Histogram readiness;
    private final Counter verdicts;
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();

    @Activate
    public PlatformMetrics(@Reference KpiScorecard scorecard) {
        this(scorecard, true);
    }

    /**
     * @param jvm whether to register the JVM's metrics (they read JMX beans; tests of the KPI part leave them out)
     */
    public PlatformMetrics(KpiScorecard scorecard, boolean jvm) {
        if (jvm) {
            try {
                JvmMetrics.builder().register(registry);
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("The JVM metrics could not be registered; the scrape goes on without them.", e);
            }
        }
        requests = Histogram.builder().name("policyops_http_request_duration_seconds").unit(Unit.SECONDS)
                .help("REST requests under /api by method, route template and response status, with their duration")
                .labelNames("method", "route", "status").register(registry);
        readiness = Histogram.builder().name("policyops_readiness_evaluation_seconds").unit(Unit.SECONDS)
                .help("Readiness evaluations of launches (all rules of the regions asked for), by duration")
                .register(registry);
        verdicts = Counter.builder().name("policyops_rule_verdicts_total")
                .help("Compliance rule verdicts in readiness evaluations, by rule and verdict")
                .labelNames("rule", "verdict").register(registry);
        GaugeWithCallback.builder().name("policyops_plugins")
                .help("Installed PolicyOps plugin bundles by bundle state (0 for every state without the plugin inventory)")
                .labelNames("state").callback(cb -> pluginCounts().forEach((state, n) -> cb.call(n, state)))
                .register(registry);
        registry.register(new KpiCollector(scorecard));
    }

    /** Records one answered request. */
    public void observeRequest(String method, String route, int status, double seconds) {
        requests.labelValues(method, route, Integer.toString(status)).observe(seconds);
    }

    /** Records one readiness evaluation's duration. */
    public void observeReadiness(double seconds) {
        readiness.observe(seconds);
    }

    /** Counts one rule verdict. */
    public void countVerdict(String rule, String verdict) {
        verdicts.labelValues(rule, verdict).inc();
    }

    /** Writes the scrape in the Prometheus text format (version 0.0.4). */
    public void write(OutputStream out) throws IOException {
        writer.write(out, registry.scrape());
    }

    public String contentType() {
        return writer.getContentType();
    }

    private Map<String, Integer> pluginCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        for (String state : List.of("ACTIVE", "RESOLVED", "INSTALLED")) {
            counts.put(state, 0);
        }
        PluginInventory inventory = plugins;
        if (inventory != null) {
            for (PluginInfo p : inventory.plugins()) {
                counts.merge(p.state(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
