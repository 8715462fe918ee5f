package org.policyops.metrics.internal.service;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.policyops.api.health.HealthIndicator;
import org.policyops.metrics.internal.MetricsConfig;
import org.policyops.metrics.internal.domain.ReportPeriod;
import org.policyops.metrics.internal.domain.ReportSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the due scheduled reports ({@link ReportSchedule#due}) once a minute if this database lacks them, as
 * {@link SnapshotScheduler} takes snapshots: after every installed domain reports ready, once per database.
 */
@Component(service = ReportScheduler.class, configurationPid = MetricsConfig.PID, immediate = true)
public class ReportScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(ReportScheduler.class);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<HealthIndicator> domains;

    private final ReportService reports;
    private final Clock clock;
    private final Supplier<List<HealthIndicator>> health;
    /** The periods this node found archived (by itself or another node), so it does not ask the database again. */
    private final Set<ReportPeriod> done = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile ScheduledExecutorService executor;
    private volatile ReportSchedule schedule;

    @Activate
    public ReportScheduler(@Reference ReportService reports, MetricsConfig config) {
        this.reports = reports;
        this.clock = Clock.systemUTC();
        this.health = () -> domains == null ? List.of() : domains;
        configure(config);
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "policyops-metrics-reports");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::tickLogged, 20, SnapshotScheduler.TICK_SECONDS, TimeUnit.SECONDS);
    }

    /** Outside OSGi: ticks only when the test calls {@link #tick()}. */
    ReportScheduler(ReportService reports, MetricsConfig config, Clock clock, Supplier<List<HealthIndicator>> health) {
        this.reports = reports;
        this.clock = clock;
        this.health = health;
        configure(config);
    }

    @Modified
    void configure(MetricsConfig config) {
        schedule = ReportSchedule.of(config.reportMonthly(), config.reportQuarterly(), config.reportTime());
    }

    @Deactivate
    void deactivate() {
        ScheduledExecutorService e = executor;
        if (e != null) {
            e.shutdownNow();
        }
    }

    /**
     * Writes the due reports this database lacks, when every domain is ready.
     *
     * @return the periods written by this call
     */
    List<ReportPeriod> tick() {
        List<ReportPeriod> due = schedule.due(clock.instant()).stream().filter(p -> !done.contains(p)).toList();
        if (due.isEmpty()) {
            return List.of();
        }
        for (HealthIndicator h : health.get()) {
            if (!h.check().ready()) {
                LOG.debug("Scheduled reports wait: {} is not ready.", h.domain());
                return List.of();
            }
        }
        Set<ReportPeriod> written = new HashSet<>();
        for (ReportPeriod p : due) {
            reports.scheduled(p).ifPresent(v -> {
                LOG.info("Wrote the scheduled {} report of {}: /api/metrics/reports/{}", p.kind(), p.name(), v.id());
                written.add(p);
            });
            done.add(p);
        }
        return due.stream().filter(written::contains).toList();
    }

    private void tickLogged() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.warn("Could not write the scheduled executive reports; trying again in {} s.", SnapshotScheduler.TICK_SECONDS, e);
        }
    }
}
