package org.policyops.launches.internal.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.launches.ReadinessReport;
import org.policyops.api.launches.RegionReadiness;
import org.policyops.core.events.EventPoster;
import org.policyops.launches.internal.domain.RegionStatus;
import org.policyops.launches.internal.entity.ReadinessStateEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the last overall readiness of each launch region and posts {@code READINESS_CHANGED} when an evaluation
 * differs from it (or is the first). Rows are read with a write lock, so two evaluations at the same moment are
 * compared one after the other and the change is posted once. Cancelled regions are not tracked.
 */
@Component(service = ReadinessRecorder.class)
public class ReadinessRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(ReadinessRecorder.class);

    private final JpaTemplate jpa;
    private final EventPoster events;

    @Activate
    public ReadinessRecorder(@Reference(target = LaunchesUnit.TARGET) JpaTemplate jpa, @Reference EventPoster events) {
        this.jpa = jpa;
        this.events = events;
    }

    /** A region whose readiness changed: what it was (null the first time) and what it is. */
    public record Change(String region, String previous, String readiness) {
    }

    /** Stores the report's readiness per region and posts the changes; never fails the caller. */
    public List<Change> record(ReadinessReport report) {
        List<Change> changes;
        try {
            changes = jpa.txExpr(TransactionType.Required, em -> {
                List<Change> changed = new ArrayList<>();
                for (RegionReadiness r : report.regions()) {
                    if (RegionStatus.CANCELLED.name().equals(r.status())) {
                        continue;
                    }
                    List<ReadinessStateEntity> found = em.createQuery("select s from ReadinessStateEntity s "
                            + "where s.launchId = :id and s.region = :region", ReadinessStateEntity.class)
                            .setParameter("id", report.launchId()).setParameter("region", r.region().value())
                            .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
                    String now = r.readiness().name();
                    if (found.isEmpty()) {
                        em.persist(new ReadinessStateEntity(report.launchId(), r.region().value(), now, report.evaluatedAt()));
                        changed.add(new Change(r.region().value(), null, now));
                    } else {
                        ReadinessStateEntity s = found.get(0);
                        if (!s.getReadiness().equals(now)) {
                            changed.add(new Change(r.region().value(), s.getReadiness(), now));
                        }
                        if (s.getEvaluatedAt().isBefore(report.evaluatedAt()) || !s.getReadiness().equals(now)) {
                            s.update(now, report.evaluatedAt());
                        }
                    }
                }
                em.flush();
                return changed;
            });
        } catch (RuntimeException e) {
            // Two first evaluations of one region at the same moment: the other one stored and posted it.
            LOG.debug("Could not record the readiness of launch {}: {}", report.launchId(), e.toString());
            return List.of();
        }
        Instant at = report.evaluatedAt();
        for (Change c : changes) {
            events.post(LaunchNotices.readinessChanged(report.launchId(), report.policyKey(), report.policyVersion(), c.region(), c.readiness(),
                    c.previous(), at));
        }
        return changes;
    }
}
