package org.policyops.training.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policyops.api.training.TrainingEvents;

class ExpiryNoticeTest {

    private static final long NOW = Instant.parse("2026-11-22T12:00:00Z").toEpochMilli();
    private static final long DAY = Duration.ofDays(1).toMillis();

    @Test
    void nothingBeforeTheWarningPeriod() {
        assertEquals(Optional.empty(), ExpiryNotice.due(CertState.ACTIVE, NOW + 31 * DAY, false, false, NOW, 30));
    }

    @Test
    void expiringOnceWhenEnteringTheWarningPeriod() {
        assertEquals(Optional.of(TrainingEvents.CERTIFICATION_EXPIRING),
                ExpiryNotice.due(CertState.ACTIVE, NOW + 30 * DAY, false, false, NOW, 30));
        assertEquals(Optional.empty(), ExpiryNotice.due(CertState.ACTIVE, NOW + 30 * DAY, true, false, NOW, 30));
    }

    @Test
    void expiredOnceAtTheEndEvenWhenTheWarningWasMissed() {
        assertEquals(Optional.of(TrainingEvents.CERTIFICATION_EXPIRED),
                ExpiryNotice.due(CertState.ACTIVE, NOW, true, false, NOW, 30));
        assertEquals(Optional.of(TrainingEvents.CERTIFICATION_EXPIRED),
                ExpiryNotice.due(CertState.ACTIVE, NOW - 5 * DAY, false, false, NOW, 30));
        assertEquals(Optional.empty(), ExpiryNotice.due(CertState.ACTIVE, NOW - 5 * DAY, true, true, NOW, 30));
    }

    @Test
    void noExpiryEventsForWithdrawnOrSupersededCertifications() {
        assertEquals(Optional.empty(), ExpiryNotice.due(CertState.SUPERSEDED, NOW - DAY, false, false, NOW, 30));
        assertEquals(Optional.empty(), ExpiryNotice.due(CertState.RECERTIFICATION_REQUIRED, NOW + DAY, false, false, NOW, 30));
    }

    @Test
    void zeroWarningDaysMeansOnlyTheExpiredEvent() {
        assertEquals(Optional.empty(), ExpiryNotice.due(CertState.ACTIVE, NOW + 1, false, false, NOW, 0));
        assertEquals(Optional.of(TrainingEvents.CERTIFICATION_EXPIRED), ExpiryNotice.due(CertState.ACTIVE, NOW, false, false, NOW, 0));
    }

    @Test
    void daysLeftRoundUp() {
        assertEquals(30, ExpiryNotice.daysLeft(NOW + 30 * DAY, NOW));
        assertEquals(1, ExpiryNotice.daysLeft(NOW + 1, NOW));
        assertEquals(0, ExpiryNotice.daysLeft(NOW - DAY, NOW));
    }
}
