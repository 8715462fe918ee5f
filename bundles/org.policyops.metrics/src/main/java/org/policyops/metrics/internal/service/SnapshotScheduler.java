package org.policyops.metrics.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import org.policyops.metrics.internal.domain.SnapshotSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the due snapshot ({@link SnapshotSchedule#due}) once a minute if this database lacks it. It waits until every
 * installed domain reports ready, so that a snapshot right after the first start does not record the values of
 * domains still loading their data. A node that was down on a snapshot day does not make up for it: a backfill does.
 */
@Component(service = SnapshotScheduler.class, configurationPid = MetricsConfig.PID, immediate = true)
public class SnapshotScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotScheduler.class);

    /** How often the scheduler looks whether a snapshot is due. */
    static final long TICK_SECONDS = 60;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<HealthIndicator> domains;

    private final SnapshotService snapshots;
    private final Clock clock;
    private final Supplier<List<HealthIndicator>> health;
    private volatile ScheduledExecutorService executor;
    private volatile MetricsConfig config;
    private volatile SnapshotSchedule schedule;
    private volatile LocalDate lastTaken;

    @Activate
    public SnapshotScheduler(@Reference SnapshotService snapshots, MetricsConfig config) {
        this.snapshots = snapshots;
        this.clock = Clock.systemUTC();
        this.health = () -> domains == null ? List.of() : domains;
        configure(config);
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "policyops-metrics-snapshots");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::tickLogged, 5, TICK_SECONDS, TimeUnit.SECONDS);
    }

    /** Outside OSGi: ticks only when the test calls {@link #tick()}. */
    SnapshotScheduler(SnapshotService snapshots, MetricsConfig config, Clock clock, Supplier<List<HealthIndicator>> health) {
        this.snapshots = snapshots;
        this.clock = clock;
        this.health = health;
        configure(config);
    }

    @Modified
    void configure(MetricsConfig config) {
        SnapshotSchedule s = SnapshotSchedule.of(config.snapshotTime(), Math.max(1, config.snapshotEveryDays()));
        this.schedule = s;
        this.config = config;
    }

    @Deactivate
    void deactivate() {
        ScheduledExecutorService e = executor;
        if (e != null) {
            e.shutdownNow();
        }
    }

    /**
     * Takes the due snapshot if it is not taken yet and every domain is ready.
     *
     * @return the day whose snapshot this database now has, or null when none was due or the domains are not ready
     */
    LocalDate tick() {
        if (!config.snapshotEnabled()) {
            return null;
        }
        LocalDate due = schedule.due(clock.instant());
        if (due.equals(lastTaken)) {
            return due;
        }
        for (HealthIndicator h : health.get()) {
            if (!h.check().ready()) {
                LOG.debug("Snapshot of {} waits: {} is not ready.", due, h.domain());
                return null;
            }
        }
        snapshots.take(due).ifPresent(summary -> LOG.info("Took the KPI snapshot: {}", summary));
        lastTaken = due;
        return due;
    }

    private void tickLogged() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.warn("Could not take the KPI snapshot; trying again in {} s.", TICK_SECONDS, e);
        }
    }
}
