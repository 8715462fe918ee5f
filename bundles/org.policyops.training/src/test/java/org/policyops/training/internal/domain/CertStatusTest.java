package org.policyops.training.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class CertStatusTest {

    private static final long NOW = Instant.parse("2026-11-22T12:00:00Z").toEpochMilli();
    private static final long DAY = Duration.ofDays(1).toMillis();

    @Test
    void validityRunsTheCoursesDaysFromTheGrant() {
        long granted = Instant.parse("2026-01-10T09:30:00Z").toEpochMilli();
        assertEquals(Instant.parse("2027-01-10T09:30:00Z").toEpochMilli(), CertStatus.validUntil(granted, 365));
    }

    @Test
    void activeAndFarFromItsEndIsValid() {
        assertEquals(CertStatus.VALID, CertStatus.of(CertState.ACTIVE, NOW + 31 * DAY, NOW, 30));
        assertTrue(CertStatus.VALID.certifies());
    }

    @Test
    void withinTheWarningPeriodIsExpiringAndStillCounts() {
        assertEquals(CertStatus.EXPIRING, CertStatus.of(CertState.ACTIVE, NOW + 30 * DAY, NOW, 30));
        assertEquals(CertStatus.EXPIRING, CertStatus.of(CertState.ACTIVE, NOW + 1, NOW, 30));
        assertTrue(CertStatus.EXPIRING.certifies());
    }

    @Test
    void atItsEndItHasExpired() {
        assertEquals(CertStatus.EXPIRED, CertStatus.of(CertState.ACTIVE, NOW, NOW, 30));
        assertEquals(CertStatus.EXPIRED, CertStatus.of(CertState.ACTIVE, NOW - DAY, NOW, 30));
        assertFalse(CertStatus.EXPIRED.certifies());
    }

    @Test
    void storedStatesWinOverTheDates() {
        assertEquals(CertStatus.RECERTIFICATION_REQUIRED, CertStatus.of(CertState.RECERTIFICATION_REQUIRED, NOW + 300 * DAY, NOW, 30));
        assertEquals(CertStatus.SUPERSEDED, CertStatus.of(CertState.SUPERSEDED, NOW + 300 * DAY, NOW, 30));
        assertFalse(CertStatus.RECERTIFICATION_REQUIRED.certifies());
        assertFalse(CertStatus.SUPERSEDED.certifies());
    }

    @Test
    void assignmentsFollowTheBestCertificationThenTheDueDate() {
        assertEquals(Assignment.CERTIFIED, Assignment.of(CertStatus.VALID, NOW - DAY, NOW));
        assertEquals(Assignment.EXPIRING, Assignment.of(CertStatus.EXPIRING, NOW - DAY, NOW));
        assertEquals(Assignment.RECERTIFICATION_REQUIRED, Assignment.of(CertStatus.RECERTIFICATION_REQUIRED, NOW + DAY, NOW));
        assertEquals(Assignment.EXPIRED, Assignment.of(CertStatus.EXPIRED, NOW + DAY, NOW));
        assertEquals(Assignment.DUE, Assignment.of(null, NOW + DAY, NOW));
        assertEquals(Assignment.OVERDUE, Assignment.of(null, NOW - 1, NOW));
        assertEquals(Assignment.OVERDUE, Assignment.of(CertStatus.SUPERSEDED, NOW - 1, NOW));
    }
}
