package org.policyops.launches.internal.domain;

import java.util.List;

/**
 * Percentiles by the nearest-rank method, as planning's time-to-deploy computes them: the p-th percentile of n
 * sorted values is the value at rank ⌈p/100 × n⌉ (1-based), so it is always a value that occurred and the median of
 * an even count is the lower middle one. The regional figures are computed by the database with the same rank,
 * {@link #rank}; this class is the reference the tests hold the SQL to.
 */
public final class Percentiles {

    private Percentiles() {
    }

    /** The 1-based nearest rank of the p-th percentile (p a whole number 1..100) of n values: ⌈p × n / 100⌉. */
    public static long rank(int p, long n) {
        if (p < 1 || p > 100) {
            throw new IllegalArgumentException("percentile must be 1..100, was " + p);
        }
        return (p * n + 99) / 100;
    }

    /** The p-th percentile of values sorted ascending, or null when there are none. */
    public static Double nearestRank(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        return sorted.get((int) Math.max(rank(p, sorted.size()), 1) - 1);
    }
}
