package org.policyops.training.internal.domain;

import java.time.Duration;
import java.util.Optional;

import org.policyops.api.training.TrainingEvents;

/**
 * Which expiry event an active certification is due, if any: EXPIRED once its end of validity has passed (once),
 * EXPIRING once it is within the warning period (once, and not after EXPIRED went out). Superseded certifications
 * and those already waiting for recertification get neither: their holders have a newer one or are told already.
 */
public final class ExpiryNotice {

    private ExpiryNotice() {
    }

    public static Optional<String> due(CertState state, long validUntil, boolean expiringNotified, boolean expiredNotified,
            long now, int warningDays) {
        if (state != CertState.ACTIVE) {
            return Optional.empty();
        }
        if (validUntil <= now) {
            return expiredNotified ? Optional.empty() : Optional.of(TrainingEvents.CERTIFICATION_EXPIRED);
        }
        if (!expiringNotified && validUntil <= now + Duration.ofDays(warningDays).toMillis()) {
            return Optional.of(TrainingEvents.CERTIFICATION_EXPIRING);
        }
        return Optional.empty();
    }

    /** Whole days left until the end of validity, rounded up, so that 1 ms left is 1 day. */
    public static long daysLeft(long validUntil, long now) {
        long day = Duration.ofDays(1).toMillis();
        return Math.max(0, (validUntil - now + day - 1) / day);
    }
}
