package org.policyops.metrics.internal.domain;

import org.policyops.api.metrics.KpiDefinition.Direction;
import org.policyops.api.metrics.KpiStatus;
import org.policyops.core.rest.Validator;

/**
 * A KPI's target and thresholds in force, and the status of a value against them. For a KPI where higher is better,
 * a value at or above {@code warning} is ON_TARGET, at or above {@code critical} WARNING, below it CRITICAL; where
 * lower is better, the same mirrored. The target is the goal, at least as good as the warning threshold: the band
 * between them is the tolerance within which a KPI still counts as on target.
 */
public record Thresholds(Direction direction, double target, double warning, double critical) {

    public KpiStatus status(Double value) {
        if (value == null || value.isNaN()) {
            return KpiStatus.NO_DATA;
        }
        if (atLeastAsGood(value, warning)) {
            return KpiStatus.ON_TARGET;
        }
        return atLeastAsGood(value, critical) ? KpiStatus.WARNING : KpiStatus.CRITICAL;
    }

    /** Whether {@code a} is as good as {@code b} or better, in this KPI's direction. */
    public boolean atLeastAsGood(double a, double b) {
        return direction == Direction.HIGHER_IS_BETTER ? a >= b : a <= b;
    }

    /**
     * Rejects thresholds out of order: the target must be at least as good as the warning threshold, and that at least
     * as good as the critical threshold; each must be a finite number.
     */
    public void validate(Validator v) {
        boolean finite = true;
        for (String field : new String[] { "target", "warning", "critical" }) {
            double d = field.equals("target") ? target : field.equals("warning") ? warning : critical;
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                v.reject(field, "must be a finite number");
                finite = false;
            }
        }
        if (!finite) {
            return;
        }
        if (!atLeastAsGood(target, warning)) {
            v.reject("warning", "must be " + (direction == Direction.HIGHER_IS_BETTER ? "at most" : "at least")
                    + " the target (" + target + ") for a KPI where " + words(direction) + " (was " + warning + ")");
        }
        if (!atLeastAsGood(warning, critical)) {
            v.reject("critical", "must be " + (direction == Direction.HIGHER_IS_BETTER ? "at most" : "at least")
                    + " the warning threshold (" + warning + ") for a KPI where " + words(direction) + " (was " + critical + ")");
        }
    }

    private static String words(Direction d) {
        return d == Direction.HIGHER_IS_BETTER ? "higher is better" : "lower is better";
    }
}
