package org.policyops.metrics.internal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.policyops.api.metrics.KpiDefinition;
import org.policyops.api.metrics.KpiDefinition.Cadence;
import org.policyops.api.metrics.KpiDefinition.Direction;
import org.policyops.api.metrics.KpiProvider;
import org.policyops.api.metrics.KpiValue;

/**
 * A provider whose values follow from the day, so that tests know what each snapshot must hold: coverage is
 * day-of-month ÷ 100 in EU and twice that in UK, overall their mean; backlog is a count measured "now" (not
 * backfillable) that the test sets.
 */
final class TestProvider implements KpiProvider {

    static final String COVERAGE = "test-coverage";
    static final String BACKLOG = "test-backlog";

    final AtomicInteger calls = new AtomicInteger();
    volatile double backlog = 7;
    volatile boolean fail;
    /** Runs first in each {@link #values} call, e.g. to let another node record meanwhile. */
    volatile java.util.function.Consumer<LocalDate> onValues;

    @Override
    public List<KpiDefinition> kpis() {
        return List.of(
                new KpiDefinition(COVERAGE, "Test coverage", "day of month / 100", "ratio", Direction.HIGHER_IS_BETTER,
                        0.3, 0.2, 0.1, "Team A", Cadence.DAILY, List.of(KpiValue.REGION), true),
                new KpiDefinition(BACKLOG, "Test backlog", "set by the test", "count", Direction.LOWER_IS_BETTER,
                        5, 10, 20, "Team B", Cadence.WEEKLY, List.of(), false));
    }

    static double eu(LocalDate day) {
        return day.getDayOfMonth() / 100.0;
    }

    @Override
    public List<KpiValue> values(LocalDate asOf) {
        calls.incrementAndGet();
        java.util.function.Consumer<LocalDate> hook = onValues;
        if (hook != null) {
            hook.accept(asOf);
        }
        if (fail) {
            throw new IllegalStateException("test provider fails on purpose");
        }
        List<KpiValue> out = new ArrayList<>();
        out.add(KpiValue.ofRegion(COVERAGE, "EU", eu(asOf), 100));
        out.add(KpiValue.ofRegion(COVERAGE, "UK", 2 * eu(asOf), 50));
        out.add(KpiValue.overall(COVERAGE, 1.5 * eu(asOf), 150));
        out.add(KpiValue.overall(BACKLOG, backlog, 0));
        return out;
    }
}
