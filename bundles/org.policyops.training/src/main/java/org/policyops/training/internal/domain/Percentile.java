package org.policyops.training.internal.domain;

/**
 * The nearest-rank percentile, as planning's time-to-deploy uses it: the p-th percentile of n sorted values is the
 * value at rank ⌈p/100 × n⌉ (1-based). Here only the rank is computed, so the database can fetch that one row.
 */
public final class Percentile {

    private Percentile() {
    }

    /** The 1-based rank of the p-th percentile among n values; 0 when there are none. */
    public static int nearestRank(double p, long n) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], was " + p);
        }
        if (n <= 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * n / 100.0 - 1e-9);
        return Math.max(rank, 1);
    }
}
