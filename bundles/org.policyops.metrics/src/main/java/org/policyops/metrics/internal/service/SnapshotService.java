package org.policyops.metrics.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.policyops.api.metrics.KpiValue;
import org.policyops.core.persistence.OnceLoader;
import org.policyops.core.persistence.PersistenceSupport;
import org.policyops.core.rest.Dates;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Validator;
import org.policyops.metrics.internal.MetricsConfig;
import org.policyops.metrics.internal.domain.Dimensions;
import org.policyops.metrics.internal.dto.BackfillReport;
import org.policyops.metrics.internal.dto.BackfillRequest;
import org.policyops.metrics.internal.entity.SettingEntity;
import org.policyops.metrics.internal.entity.SnapshotEntity;

/**
 * Records KPI values. The snapshot of a day is taken once per database with core's once-per-database pattern: its
 * marker row ({@link SettingEntity#snapshotTaken}) is written and flushed before the values, in the same transaction,
 * so a second node taking the same snapshot at the same moment fails on the marker's key and records nothing. A
 * backfill records the KPIs that can be computed for past days on the days that lack them; the unique key on
 * KPI × day × dimensions refuses a value recorded twice.
 */
@Component(service = SnapshotService.class, configurationPid = MetricsConfig.PID)
@Designate(ocd = MetricsConfig.class)
public class SnapshotService {

    /** How often a backfill tries to write before it answers 409. */
    static final int WRITE_ATTEMPTS = 3;

    private final JpaTemplate jpa;
    private final KpiProviders providers;
    private final Clock clock;
    private final OnceLoader once;
    private volatile int maxBackfillDays = 731;

    @Activate
    public SnapshotService(@Reference(target = MetricsUnit.TARGET) JpaTemplate jpa, @Reference KpiProviders providers,
            MetricsConfig config) {
        this(jpa, providers, Clock.systemUTC());
        configure(config);
    }

    public SnapshotService(JpaTemplate jpa, KpiProviders providers, Clock clock) {
        this.jpa = jpa;
        this.providers = providers;
        this.clock = clock;
        this.once = new OnceLoader("metrics", jpa, SettingEntity.MARKERS, clock);
    }

    @Modified
    void configure(MetricsConfig config) {
        maxBackfillDays = Math.max(1, config.maxBackfillDays());
    }

    @Deactivate
    void deactivate() {
        once.close();
    }

    /** The once-per-database pattern's state, for the health check. */
    public OnceLoader loader() {
        return once;
    }

    /**
     * Takes the snapshot of a day (every KPI, as of the day's end) unless this database has it.
     *
     * @return what was recorded; empty when the snapshot was taken before, here or by another node
     */
    public Optional<String> take(LocalDate day) {
        String marker = SettingEntity.snapshotTaken(day);
        if (once.wasLoaded(marker)) {
            return Optional.empty();
        }
        Map<String, KpiProviders.Provided> kpis = providers.kpis();
        List<String> failed = new ArrayList<>();
        List<KpiValue> values = providers.values(kpis, day, failed);
        try {
            return once.loadOnce(new OnceLoader.Step(marker, "snapshot of " + day, (em, now) -> {
                Set<String> recorded = new HashSet<>(em.createQuery("select distinct s.kpiId from SnapshotEntity s "
                        + "where s.day = :day", String.class).setParameter("day", (int) day.toEpochDay()).getResultList());
                int n = write(em, day, values, recorded, now);
                return n + " values of " + kpis.size() + " KPIs as of " + day
                        + (failed.isEmpty() ? "" : "; providers failed for " + failed);
            }));
        } catch (PersistenceException e) {
            if (once.wasLoaded(marker)) {
                return Optional.empty(); // another node took it at the same moment
            }
            throw e;
        }
    }

    /** Records the backfillable KPIs on the days of the request that lack them; one transaction. */
    public BackfillReport backfill(BackfillRequest request) {
        Validator v = new Validator();
        LocalDate from = v.parse("from", v.require("from", request.from()), Dates::date);
        LocalDate to = v.parse("to", v.require("to", request.to()), Dates::date);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (to != null && !to.isBefore(today)) {
            v.reject("to", "must be before today (" + today + "): a day is recorded once it is over (was " + to + ")");
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                v.reject("to", "must not be before from (" + from + "), was " + to);
            } else if (to.toEpochDay() - from.toEpochDay() + 1 > maxBackfillDays) {
                v.reject("from", "a backfill covers at most " + maxBackfillDays + " days (maxBackfillDays in etc/"
                        + MetricsConfig.PID + ".cfg); this one covers " + (to.toEpochDay() - from.toEpochDay() + 1));
            }
        }
        v.throwIfInvalid();

        Map<String, KpiProviders.Provided> all = providers.kpis();
        Map<String, KpiProviders.Provided> kpis = new LinkedHashMap<>();
        List<String> notBackfillable = new ArrayList<>();
        all.forEach((id, p) -> {
            if (p.definition().backfill()) {
                kpis.put(id, p);
            } else {
                notBackfillable.add(id);
            }
        });
        Set<String> recorded = jpa.txExpr(TransactionType.Required, em -> recordedPairs(em, from, to));
        List<String> failed = new ArrayList<>();
        Map<LocalDate, List<KpiValue>> byDay = new LinkedHashMap<>();
        int kept = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Map<String, KpiProviders.Provided> missing = new LinkedHashMap<>();
            for (Map.Entry<String, KpiProviders.Provided> e : kpis.entrySet()) {
                if (recorded.contains(e.getKey() + "|" + day.toEpochDay())) {
                    kept++;
                } else {
                    missing.put(e.getKey(), e.getValue());
                }
            }
            if (!missing.isEmpty()) {
                List<String> failedToday = new ArrayList<>();
                byDay.put(day, providers.values(missing, day, failedToday));
                failedToday.stream().filter(id -> !failed.contains(id)).forEach(failed::add);
            }
        }
        Instant now = PersistenceSupport.now(clock);
        // The daily snapshot may record some of these days while the values were being computed: the write reads what
        // is recorded again in its own transaction and leaves it, and a commit that still collides with one is retried.
        int written = 0;
        for (int attempt = 1;; attempt++) {
            try {
                written = jpa.txExpr(TransactionType.Required, em -> writeMissing(em, byDay, from, to, now));
                break;
            } catch (RuntimeException e) {
                if (!collided(e)) {
                    throw e;
                }
                if (attempt == WRITE_ATTEMPTS) {
                    throw ProblemException.conflict("Values of these days were recorded by another backfill or snapshot "
                            + "while this one ran, " + WRITE_ATTEMPTS + " times; nothing was written. Retry: days already "
                            + "recorded are kept.");
                }
            }
        }
        return new BackfillReport(from, to, (int) (to.toEpochDay() - from.toEpochDay() + 1), List.copyOf(kpis.keySet()),
                notBackfillable, failed, written, kept);
    }

    /** Whether a failed write collided with values recorded meanwhile (a unique key: SQLSTATE class 23). */
    static boolean collided(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /** Writes the values of the KPI × day pairs not recorded yet, and flushes. */
    private static int writeMissing(EntityManager em, Map<LocalDate, List<KpiValue>> byDay, LocalDate from, LocalDate to,
            Instant now) {
        Set<String> recorded = recordedPairs(em, from, to);
        int n = 0;
        for (Map.Entry<LocalDate, List<KpiValue>> e : byDay.entrySet()) {
            long day = e.getKey().toEpochDay();
            List<KpiValue> missing = e.getValue().stream().filter(v -> !recorded.contains(v.kpiId() + "|" + day)).toList();
            n += write(em, e.getKey(), missing, Set.of(), now);
        }
        em.flush();
        return n;
    }

    /** "kpiId|epochDay" of every KPI × day with values between the two days. */
    private static Set<String> recordedPairs(EntityManager em, LocalDate from, LocalDate to) {
        return new HashSet<>(em.createQuery("select distinct concat(s.kpiId, '|', s.day) from SnapshotEntity s "
                + "where s.day between :a and :b", String.class)
                .setParameter("a", (int) from.toEpochDay()).setParameter("b", (int) to.toEpochDay()).getResultList());
    }

    private static int write(EntityManager em, LocalDate day, List<KpiValue> values, Set<String> skipKpis, Instant now) {
        int n = 0;
        for (KpiValue v : values) {
            if (skipKpis.contains(v.kpiId())) {
                continue;
            }
            em.persist(new SnapshotEntity(v.kpiId(), (int) day.toEpochDay(), Dimensions.key(v.dimensions()),
                    v.dimensions().get(KpiValue.REGION), v.value(), v.basis(), now.toEpochMilli()));
            n++;
        }
        return n;
    }
}
