package org.policyops.api.metrics;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One value of a KPI for one combination of dimensions.
 *
 * @param kpiId the KPI
 * @param dimensions dimension name → value, e.g. {@code region → EU}; empty for the KPI over everything
 * @param value the measured value
 * @param basis how many records the value was computed over (launch regions, learners, contents …), 0 when unknown
 */
public record KpiValue(String kpiId, Map<String, String> dimensions, double value, long basis) {

    /** Dimension: a region code ({@code EU}, {@code UK} …). */
    public static final String REGION = "region";
    /** Dimension: a team. */
    public static final String TEAM = "team";
    /** Dimension: a policy key. */
    public static final String POLICY = "policy";
    /** Dimension: a role ({@code moderator} …). */
    public static final String ROLE = "role";

    public KpiValue {
        Objects.requireNonNull(kpiId, "kpiId");
        dimensions = dimensions == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(dimensions));
    }

    /** A value over everything. */
    public static KpiValue overall(String kpiId, double value, long basis) {
        return new KpiValue(kpiId, Map.of(), value, basis);
    }

    /** A value of one region. */
    public static KpiValue ofRegion(String kpiId, String region, double value, long basis) {
        return new KpiValue(kpiId, Map.of(REGION, region), value, basis);
    }
}
