package org.policyops.planning.internal.domain;

import java.util.List;

/**
 * Percentiles by the nearest-rank method: the p-th percentile of n sorted values is the value at rank
 * ⌈p/100 × n⌉ (1-based). The result is always one of the values; the median of an even count is the lower of the
 * two middle values. Chosen because a KPI reads "half of the versions took at most this many days" literally.
 */
public final class Percentiles {

    private Percentiles() {
    }

    /**
     * @param sorted values in ascending order
     * @param p the percentile, greater than 0 and at most 100
     * @return the percentile, or null when there are no values
     */
    public static Double nearestRank(List<Double> sorted, double p) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], was " + p);
        }
        if (sorted.isEmpty()) {
            return null;
        }
        // The small tolerance keeps a product such as 0.9 × 10 that lands a hair above 9 at rank 9.
        int rank = (int) Math.ceil(p * sorted.size() / 100.0 - 1e-9);
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
