package org.policyops.metrics.internal.dto;

import org.policyops.api.metrics.KpiDefinition.Direction;
import org.policyops.core.rest.Validator;
import org.policyops.metrics.internal.domain.Thresholds;

/**
 * What an administrator changes of a KPI (PUT): target and thresholds, all three required, and the owner (absent:
 * the provider's).
 */
public record KpiRequest(Double target, Double warning, Double critical, String owner) {

    /** The checked request: thresholds in order for the KPI's direction. */
    public record Valid(Thresholds thresholds, String owner) {
    }

    public Valid validate(Direction direction) {
        Validator v = new Validator();
        v.require("target", target);
        v.require("warning", warning);
        v.require("critical", critical);
        String o = v.optionalText("owner", owner, 200);
        v.throwIfInvalid();
        Thresholds t = new Thresholds(direction, target, warning, critical);
        t.validate(v);
        v.throwIfInvalid();
        return new Valid(t, o);
    }
}
