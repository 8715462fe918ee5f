package org.policyops.planning.internal.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.policyops.core.rest.Dates;
import org.policyops.api.LifecycleStage;
import org.policyops.api.launches.RegionalTimeToDeploy;
import org.policyops.api.launches.RegionalTimeToDeployStat;
import org.policyops.api.planning.TimeToDeploy;
import org.policyops.api.planning.TimeToDeployStat;
import org.policyops.api.planning.VersionTimeToDeploy;
import org.policyops.core.rest.Validator;
import org.policyops.planning.internal.domain.Percentiles;
import org.policyops.planning.internal.domain.Quarter;
import org.policyops.planning.internal.dto.TimeToDeployReport;

/**
 * Time-to-deploy from the dated lifecycle transitions of policy versions. One query fetches, per version that
 * entered enforcement in the period, only the policy key and owning team, the version number, when it entered
 * development and enforcement, and its approval date; the durations, their grouping by quarter of enforcement (UTC)
 * and the nearest-rank percentiles ({@link Percentiles}) are computed from those rows. Policy versions carry no
 * regions, so the breakdown below a quarter is by the policy's owning team; regions come from launches: when the
 * launches feature is installed, its {@link RegionalTimeToDeploy} (an optional, dynamic reference) adds the figures
 * per quarter and region to the REST report. Planning works the same without it.
 */
@Component(service = { TimeToDeploy.class, TimeToDeployService.class })
public class TimeToDeployService implements TimeToDeploy {

    private static final double MILLIS_PER_DAY = 86_400_000.0;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TimeToDeployService.class);

    private final JpaTemplate jpa;
    private volatile RegionalTimeToDeploy regional;

    @Activate
    public TimeToDeployService(@Reference(target = PlanningUnit.TARGET) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setRegional(RegionalTimeToDeploy regional) {
        this.regional = regional;
    }

    void unsetRegional(RegionalTimeToDeploy regional) {
        if (this.regional == regional) {
            this.regional = null;
        }
    }

    @Override
    public List<VersionTimeToDeploy> versions(LocalDate from, LocalDate to) {
        return jpa.txExpr(TransactionType.Required, em -> versions(rows(em, from, to)));
    }

    @Override
    public List<TimeToDeployStat> byQuarter(LocalDate from, LocalDate to) {
        return stats(versions(from, to), false);
    }

    @Override
    public List<TimeToDeployStat> byQuarterAndTeam(LocalDate from, LocalDate to) {
        return stats(versions(from, to), true);
    }

    /** The REST report from query parameters: both dates required, ISO {@code YYYY-MM-DD}, {@code from} ≤ {@code to}. */
    public TimeToDeployReport report(String fromText, String toText) {
        Validator v = new Validator();
        LocalDate from = v.parse("from", v.require("from", fromText), Dates::date);
        LocalDate to = v.parse("to", v.require("to", toText), Dates::date);
        if (from != null && to != null && to.isBefore(from)) {
            v.reject("to", "must not be before from (" + from + "), was " + to);
        }
        v.throwIfInvalid();
        List<VersionTimeToDeploy> versions = jpa.txExpr(TransactionType.Required, em -> versions(rows(em, from, to)));
        return new TimeToDeployReport(from, to, versions, stats(versions, false), stats(versions, true), byRegion(from, to));
    }

    /** Per quarter and region from launches, or null without the launches feature (or when it fails). */
    private List<RegionalTimeToDeployStat> byRegion(LocalDate from, LocalDate to) {
        RegionalTimeToDeploy r = regional;
        if (r == null) {
            return null;
        }
        try {
            return r.byQuarterAndRegion(from, to);
        } catch (RuntimeException e) {
            // Another feature's figures: their failure leaves planning's own report intact.
            LOG.warn("Time-to-deploy per region is not available: {}", e.toString());
            return null;
        }
    }

    /** Row: policyKey, owningTeam, version, development entered, approvedAt (or null), enforcement entered. */
    private static List<Object[]> rows(EntityManager em, LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return em.createQuery("select p.policyKey, p.owningTeam, v.semver, dev.enteredAt, v.approvedAt, enf.enteredAt"
                + " from PolicyVersionEntity v join v.policy p, StageTransitionEntity dev, StageTransitionEntity enf"
                + " where dev.policyVersion = v and dev.stage = :development and enf.policyVersion = v"
                + " and enf.stage = :enforcement and enf.enteredAt >= :start and enf.enteredAt < :end"
                + " order by enf.enteredAt, p.policyKey, v.major, v.minor, v.patch", Object[].class)
                .setParameter("development", LifecycleStage.DEVELOPMENT)
                .setParameter("enforcement", LifecycleStage.ENFORCEMENT)
                .setParameter("start", start).setParameter("end", end).getResultList();
    }

    static List<VersionTimeToDeploy> versions(List<Object[]> rows) {
        List<VersionTimeToDeploy> versions = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Instant development = (Instant) row[3];
            Instant approved = (Instant) row[4];
            Instant enforcement = (Instant) row[5];
            // An approval recorded only after enforcement began measures nothing about deploying; left out.
            Double fromApproval = approved == null || approved.isAfter(enforcement) ? null : days(approved, enforcement);
            versions.add(new VersionTimeToDeploy((String) row[0], (String) row[2], (String) row[1], development,
                    approved, enforcement, days(development, enforcement), fromApproval,
                    Quarter.of(enforcement.atZone(ZoneOffset.UTC).toLocalDate()).toString()));
        }
        return versions;
    }

    /** Per quarter (all teams, owningTeam null) or per quarter and team; quarters in order, then teams by name. */
    static List<TimeToDeployStat> stats(List<VersionTimeToDeploy> versions, boolean byTeam) {
        Map<String, Map<String, List<VersionTimeToDeploy>>> groups = new TreeMap<>();
        for (VersionTimeToDeploy v : versions) {
            String team = byTeam ? Objects.requireNonNullElse(v.owningTeam(), "") : "";
            groups.computeIfAbsent(v.enforcementQuarter(), k -> new TreeMap<>())
                    .computeIfAbsent(team, k -> new ArrayList<>()).add(v);
        }
        List<TimeToDeployStat> stats = new ArrayList<>();
        groups.forEach((quarter, teams) -> teams.forEach((team, group) -> {
            List<Double> days = group.stream().map(VersionTimeToDeploy::developmentToEnforcementDays).sorted().toList();
            List<Double> fromApproval = group.stream().map(VersionTimeToDeploy::approvalToEnforcementDays)
                    .filter(Objects::nonNull).sorted(Comparator.naturalOrder()).toList();
            stats.add(new TimeToDeployStat(quarter, byTeam && !team.isEmpty() ? team : null, group.size(),
                    Percentiles.nearestRank(days, 50), Percentiles.nearestRank(days, 90), fromApproval.size(),
                    Percentiles.nearestRank(fromApproval, 50), Percentiles.nearestRank(fromApproval, 90)));
        }));
        return stats;
    }

    private static double days(Instant from, Instant to) {
        return Math.round((to.toEpochMilli() - from.toEpochMilli()) / MILLIS_PER_DAY * 100) / 100.0;
    }
}
