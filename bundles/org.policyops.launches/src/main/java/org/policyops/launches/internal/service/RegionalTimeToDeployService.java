package org.policyops.launches.internal.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.core.rest.Dates;
import org.policyops.api.RegionCode;
import org.policyops.api.launches.RegionalTimeToDeploy;
import org.policyops.api.launches.RegionalTimeToDeployStat;
import org.policyops.core.rest.Validator;
import org.policyops.launches.internal.domain.Quarters;

/**
 * Time-to-deploy per region, from launches: for each launch region where enforcement started, the days from the
 * version entering development (and from its approval) to enforcement starting in that region, both captured when
 * enforcement started. The median and 90th percentile per quarter of enforcement (UTC) and region are computed by
 * the database: one statement per measure numbers the durations of each group with {@code ROW_NUMBER()} and
 * picks the value at the nearest rank ⌈p × n / 100⌉, the method of planning's time-to-deploy (see
 * {@link org.policyops.launches.internal.domain.Percentiles}). Window functions and integer arithmetic on epoch
 * milliseconds are the same on H2 and PostgreSQL. Launch regions without a known development start are left out;
 * an approval after enforcement started measures nothing about deploying and is left out of the approval figures.
 */
@Component(service = { RegionalTimeToDeploy.class, RegionalTimeToDeployService.class })
public class RegionalTimeToDeployService implements RegionalTimeToDeploy {

    /**
     * Answer of {@code GET /launches/time-to-deploy}: each launch region whose enforcement started between the two days
     * (UTC, both included), then the aggregate per quarter and region.
     */
    public record Report(LocalDate from, LocalDate to, List<RegionDeploy> regions, List<RegionalTimeToDeployStat> quartersByRegion) {
    }

    /** One launch region where enforcement started. */
    public record RegionDeploy(long launchId, String policyKey, String policyVersion, String region,
            Instant developmentStartedAt, Instant versionApprovedAt, Instant enforcementStartedAt,
            Double developmentToEnforcementDays, Double approvalToEnforcementDays, String enforcementQuarter) {
    }

    private static final double MILLIS_PER_DAY = 86_400_000.0;

    /**
     * Durations in days to 0.01 per group, numbered, with the group's size; {@code %1$s} is the start column,
     * {@code %2$s} the group's columns (e.g. {@code ENFORCEMENT_QUARTER, REGION}). Rows: the group's columns, n, median,
     * p90.
     */
    private static final String STAT_SQL = "SELECT %2$s, N,"
            + " MAX(CASE WHEN RN = (50 * N + 99) / 100 THEN D END),"
            + " MAX(CASE WHEN RN = (90 * N + 99) / 100 THEN D END)"
            + " FROM (SELECT %2$s,"
            + "   ROUND((ENFORCEMENT_STARTED_AT - %1$s) / 86400000.0, 2) AS D,"
            + "   ROW_NUMBER() OVER (PARTITION BY %2$s ORDER BY ENFORCEMENT_STARTED_AT - %1$s, ID) AS RN,"
            + "   COUNT(*) OVER (PARTITION BY %2$s) AS N"
            + "   FROM LAUNCH_REGION"
            + "   WHERE ENFORCEMENT_STARTED_AT >= ?1 AND ENFORCEMENT_STARTED_AT < ?2 AND %1$s IS NOT NULL"
            + "   AND %1$s <= ENFORCEMENT_STARTED_AT) T"
            + " GROUP BY %2$s, N ORDER BY %2$s";

    /** Start columns of {@link #percentiles}: development start, and the version's approval. */
    static final String DEVELOPMENT = "DEV_STARTED_AT";
    static final String APPROVAL = "VERSION_APPROVED_AT";

    private final JpaTemplate jpa;

    @Activate
    public RegionalTimeToDeployService(@Reference(target = LaunchesUnit.TARGET) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public List<RegionalTimeToDeployStat> byQuarterAndRegion(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return jpa.txExpr(TransactionType.Required, em -> stats(em, from, to));
    }

    /** The REST report from query parameters: both dates required, ISO {@code YYYY-MM-DD}, from ≤ to. */
    public Report report(String fromText, String toText) {
        Validator v = new Validator();
        LocalDate from = v.parse("from", v.require("from", fromText), Dates::date);
        LocalDate to = v.parse("to", v.require("to", toText), Dates::date);
        if (from != null && to != null && to.isBefore(from)) {
            v.reject("to", "must not be before from (" + from + "), was " + to);
        }
        v.throwIfInvalid();
        return jpa.txExpr(TransactionType.Required, em -> new Report(from, to, regions(em, from, to), stats(em, from, to)));
    }

    private static long start(LocalDate from) {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static long end(LocalDate to) {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    static List<RegionDeploy> regions(EntityManager em, LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createQuery("select l.id, l.policyKey, l.policyVersion, r.region, r.developmentStartedAt,"
                + " r.versionApprovedAt, r.enforcementStartedAt from LaunchRegionEntity r join r.launch l"
                + " where r.enforcementStartedAt >= :start and r.enforcementStartedAt < :end"
                + " order by r.enforcementStartedAt, l.id, r.region", Object[].class)
                .setParameter("start", Instant.ofEpochMilli(start(from))).setParameter("end", Instant.ofEpochMilli(end(to)))
                .getResultList();
        List<RegionDeploy> out = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Instant dev = (Instant) row[4];
            Instant approved = (Instant) row[5];
            Instant enforced = (Instant) row[6];
            out.add(new RegionDeploy((Long) row[0], (String) row[1], (String) row[2], (String) row[3], dev, approved, enforced,
                    dev == null || dev.isAfter(enforced) ? null : days(dev, enforced),
                    approved == null || approved.isAfter(enforced) ? null : days(approved, enforced), Quarters.of(enforced)));
        }
        return out;
    }

    static List<RegionalTimeToDeployStat> stats(EntityManager em, LocalDate from, LocalDate to) {
        Map<List<String>, Object[]> development = group(em, DEVELOPMENT, from, to);
        Map<List<String>, Object[]> approval = group(em, APPROVAL, from, to);
        List<RegionalTimeToDeployStat> stats = new ArrayList<>();
        for (Map.Entry<List<String>, Object[]> e : development.entrySet()) {
            Object[] d = e.getValue();
            Object[] a = approval.get(e.getKey());
            stats.add(new RegionalTimeToDeployStat(e.getKey().get(0), new RegionCode(e.getKey().get(1)), number(d[2]).intValue(),
                    number(d[3]).doubleValue(), number(d[4]).doubleValue(), a == null ? 0 : number(a[2]).intValue(),
                    a == null ? null : number(a[3]).doubleValue(), a == null ? null : number(a[4]).doubleValue()));
        }
        return stats;
    }

    /** Rows (quarter, region, n, median, p90) by (quarter, region), in that order. */
    private static Map<List<String>, Object[]> group(EntityManager em, String startColumn, LocalDate from, LocalDate to) {
        Map<List<String>, Object[]> byGroup = new LinkedHashMap<>();
        for (Object[] row : percentiles(em, "ENFORCEMENT_QUARTER, REGION", startColumn, start(from), end(to))) {
            byGroup.put(List.of((String) row[0], (String) row[1]), row);
        }
        return byGroup;
    }

    /**
     * The median and 90th percentile (nearest rank) of the days from {@code startColumn} to enforcement, per group, of
     * the launch regions whose enforcement started in [start, end) (epoch milliseconds), computed by the database.
     *
     * @param groupColumns columns of LAUNCH_REGION to group by, comma-separated
     * @return rows of the group's columns, then n, median, p90; by group
     */
    static List<Object[]> percentiles(EntityManager em, String groupColumns, String startColumn, long start, long end) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(String.format(STAT_SQL, startColumn, groupColumns))
                .setParameter(1, start).setParameter(2, end).getResultList();
        return rows;
    }

    private static Number number(Object o) {
        return (Number) o;
    }

    private static double days(Instant from, Instant to) {
        return Math.round((to.toEpochMilli() - from.toEpochMilli()) / MILLIS_PER_DAY * 100) / 100.0;
    }
}
