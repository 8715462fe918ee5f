package org.policyops.training.internal.dto;

import org.policyops.training.internal.entity.QualitySignalEntity;

/** A quality signal with its rates (share of the sample). */
public record QualitySignalView(long id, String policyKey, String region, String period, int sampleSize,
        int missedViolations, int wrongActions, double leakageRate, double overEnforcementRate) {

    public static QualitySignalView of(QualitySignalEntity q) {
        return new QualitySignalView(q.getId(), q.getPolicyKey(), q.getRegion(), q.getPeriod(), q.getSampleSize(),
                q.getMissedViolations(), q.getWrongActions(), (double) q.getMissedViolations() / q.getSampleSize(),
                (double) q.getWrongActions() / q.getSampleSize());
    }
}
