package org.policyops.tooling.internal.dto;

import org.policyops.core.rest.Validator;

/**
 * An AI model's evaluation thresholds, and the body of {@code PUT /tooling/tools/{key}/thresholds}: precision and
 * recall from 0 to 1, Cohen's kappa from -1 to 1; a null threshold is no requirement.
 */
public record Thresholds(Double precision, Double recall, Double kappa) {

    public Thresholds validate() {
        Validator v = new Validator();
        v.range("precision", precision, 0, 1);
        v.range("recall", recall, 0, 1);
        v.range("kappa", kappa, -1, 1);
        v.throwIfInvalid();
        return this;
    }
}
