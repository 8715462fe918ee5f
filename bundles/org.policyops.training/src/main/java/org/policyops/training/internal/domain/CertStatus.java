package org.policyops.training.internal.domain;

import java.time.Duration;

/**
 * A certification's status at a moment: VALID, EXPIRING (valid, but ends within the warning period), EXPIRED (its
 * end of validity has passed), RECERTIFICATION_REQUIRED or SUPERSEDED. Only VALID and EXPIRING count as certified.
 */
public enum CertStatus {
    VALID, EXPIRING, EXPIRED, RECERTIFICATION_REQUIRED, SUPERSEDED;

    public static CertStatus of(CertState state, long validUntil, long now, int warningDays) {
        if (state == CertState.SUPERSEDED) {
            return SUPERSEDED;
        }
        if (state == CertState.RECERTIFICATION_REQUIRED) {
            return RECERTIFICATION_REQUIRED;
        }
        if (validUntil <= now) {
            return EXPIRED;
        }
        return validUntil <= now + Duration.ofDays(warningDays).toMillis() ? EXPIRING : VALID;
    }

    public boolean certifies() {
        return this == VALID || this == EXPIRING;
    }

    /** The end of validity of a certification granted at {@code grantedAt} for {@code validityDays} days. */
    public static long validUntil(long grantedAt, int validityDays) {
        return grantedAt + Duration.ofDays(validityDays).toMillis();
    }
}
