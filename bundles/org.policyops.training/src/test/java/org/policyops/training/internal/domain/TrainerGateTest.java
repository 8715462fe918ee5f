package org.policyops.training.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TrainerGateTest {

    private static final long NOW = Instant.parse("2026-11-22T12:00:00Z").toEpochMilli();
    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final long SESSION_ENDS = NOW + 10 * DAY;

    @Test
    void aValidTrainTheTrainerCertificationForTheCourseLetsThemLead() {
        List<TrainerGate.Held> held = List.of(new TrainerGate.Held("CS-400", CertState.ACTIVE, NOW + 100 * DAY),
                new TrainerGate.Held("HS-300", CertState.ACTIVE, NOW + 100 * DAY));
        assertEquals(Optional.empty(), TrainerGate.refusal("EU-T01", "HS-300", held, NOW, SESSION_ENDS));
    }

    @Test
    void noCertificationForThatCourseIsRefused() {
        List<TrainerGate.Held> held = List.of(new TrainerGate.Held("CS-400", CertState.ACTIVE, NOW + 100 * DAY));
        Optional<String> refusal = TrainerGate.refusal("EU-T01", "HS-300", held, NOW, SESSION_ENDS);
        assertEquals(Optional.of("EU-T01 holds no train-the-trainer certification for HS-300."), refusal);
    }

    @Test
    void expiredWithdrawnOrEndingBeforeTheSessionIsRefused() {
        for (TrainerGate.Held h : List.of(new TrainerGate.Held("HS-300", CertState.ACTIVE, NOW - DAY),
                new TrainerGate.Held("HS-300", CertState.RECERTIFICATION_REQUIRED, NOW + 100 * DAY),
                new TrainerGate.Held("HS-300", CertState.SUPERSEDED, NOW + 100 * DAY),
                new TrainerGate.Held("HS-300", CertState.ACTIVE, SESSION_ENDS - 1))) {
            Optional<String> refusal = TrainerGate.refusal("EU-T01", "HS-300", List.of(h), NOW, SESSION_ENDS);
            assertTrue(refusal.isPresent() && refusal.get().contains("is not valid until the end of the session"), h + ": " + refusal);
        }
    }

    @Test
    void oneValidAmongOldOnesIsEnough() {
        List<TrainerGate.Held> held = List.of(new TrainerGate.Held("HS-300", CertState.SUPERSEDED, NOW - DAY),
                new TrainerGate.Held("HS-300", CertState.ACTIVE, SESSION_ENDS));
        assertEquals(Optional.empty(), TrainerGate.refusal("EU-T01", "HS-300", held, NOW, SESSION_ENDS));
    }
}
