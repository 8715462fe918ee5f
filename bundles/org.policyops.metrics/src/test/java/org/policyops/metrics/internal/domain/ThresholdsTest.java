package org.policyops.metrics.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.policyops.api.metrics.KpiDefinition.Direction;
import org.policyops.api.metrics.KpiStatus;
import org.policyops.core.rest.FieldError;
import org.policyops.core.rest.Validator;

class ThresholdsTest {

    private final Thresholds coverage = new Thresholds(Direction.HIGHER_IS_BETTER, 0.95, 0.9, 0.8);
    private final Thresholds days = new Thresholds(Direction.LOWER_IS_BETTER, 60, 75, 90);

    @Test
    void higherIsBetterBands() {
        assertEquals(KpiStatus.ON_TARGET, coverage.status(0.97));
        assertEquals(KpiStatus.ON_TARGET, coverage.status(0.9), "the warning threshold itself is still on target");
        assertEquals(KpiStatus.WARNING, coverage.status(0.89));
        assertEquals(KpiStatus.WARNING, coverage.status(0.8));
        assertEquals(KpiStatus.CRITICAL, coverage.status(0.79));
        assertEquals(KpiStatus.NO_DATA, coverage.status(null));
        assertEquals(KpiStatus.NO_DATA, coverage.status(Double.NaN));
    }

    @Test
    void lowerIsBetterBands() {
        assertEquals(KpiStatus.ON_TARGET, days.status(40.0));
        assertEquals(KpiStatus.ON_TARGET, days.status(75.0));
        assertEquals(KpiStatus.WARNING, days.status(75.5));
        assertEquals(KpiStatus.WARNING, days.status(90.0));
        assertEquals(KpiStatus.CRITICAL, days.status(90.01));
    }

    @Test
    void ordersAreChecked() {
        Validator v = new Validator();
        new Thresholds(Direction.HIGHER_IS_BETTER, 0.8, 0.9, 0.95).validate(v);
        assertEquals(2, v.errors().size());
        assertEquals("warning", v.errors().get(0).field());
        assertEquals("critical", v.errors().get(1).field());

        Validator lower = new Validator();
        new Thresholds(Direction.LOWER_IS_BETTER, 60, 50, 90).validate(lower);
        assertEquals(1, lower.errors().size());
        FieldError e = lower.errors().get(0);
        assertEquals("warning", e.field());
        assertTrue(e.message().contains("at least the target"), e.message());

        Validator fine = new Validator();
        days.validate(fine);
        coverage.validate(fine);
        new Thresholds(Direction.HIGHER_IS_BETTER, 1, 1, 1).validate(fine);
        assertTrue(fine.isValid());

        Validator nan = new Validator();
        new Thresholds(Direction.HIGHER_IS_BETTER, Double.NaN, 1, Double.POSITIVE_INFINITY).validate(nan);
        assertEquals(2, nan.errors().size());
        assertFalse(nan.isValid());
    }
}
