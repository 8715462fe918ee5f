package org.policyops.planning.internal.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyops.api.LifecycleStage.DEPLOYMENT;
import static org.policyops.api.LifecycleStage.DEVELOPMENT;
import static org.policyops.api.LifecycleStage.ENFORCEMENT;
import static org.policyops.api.LifecycleStage.TESTING;
import static org.policyops.api.LifecycleStage.TRAINING;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.policyops.api.LifecycleStage;
import org.policyops.core.rest.ProblemException;

class StageRulesTest {

    static final String SUBJECT = "Version 3.1.0 of hate-speech";
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00.123456Z");

    @Test
    void allowsExactlyTheNextStage() {
        assertDoesNotThrow(() -> StageRules.requireNextStage(SUBJECT, DEVELOPMENT, TESTING));
        assertDoesNotThrow(() -> StageRules.requireNextStage(SUBJECT, TESTING, TRAINING));
        assertDoesNotThrow(() -> StageRules.requireNextStage(SUBJECT, TRAINING, DEPLOYMENT));
        assertDoesNotThrow(() -> StageRules.requireNextStage(SUBJECT, DEPLOYMENT, ENFORCEMENT));
    }

    @ParameterizedTest
    @EnumSource(LifecycleStage.class)
    void refusesEveryOtherMoveNamingTheAllowedStage(LifecycleStage current) {
        for (LifecycleStage requested : LifecycleStage.values()) {
            if (current.next().orElse(null) == requested) {
                continue;
            }
            ProblemException e = assertThrows(ProblemException.class,
                    () -> StageRules.requireNextStage(SUBJECT, current, requested), current + " -> " + requested);
            assertEquals(409, e.status());
            assertTrue(e.detail().startsWith(SUBJECT), e.detail());
            if (current == ENFORCEMENT) {
                assertTrue(e.detail().contains("last stage"), e.detail());
                assertFalse(e.extensions().containsKey("allowedNextStage"));
            } else {
                String next = current.next().orElseThrow().name();
                assertTrue(e.detail().contains("The allowed next stage is " + next + "."), e.detail());
                assertEquals(next, e.extensions().get("allowedNextStage"));
            }
        }
    }

    @Test
    void explainsWhy() {
        assertTrue(refusal(TESTING, TESTING).contains("already in TESTING"));
        assertTrue(refusal(TRAINING, TESTING).contains("cannot move back to TESTING"));
        assertTrue(refusal(DEVELOPMENT, DEPLOYMENT).contains("cannot skip to DEPLOYMENT"));
    }

    private static String refusal(LifecycleStage current, LifecycleStage requested) {
        return assertThrows(ProblemException.class, () -> StageRules.requireNextStage(SUBJECT, current, requested)).detail();
    }

    @Test
    void defaultsToNowInMilliseconds() {
        assertEquals(Instant.parse("2026-11-20T10:00:00.123Z"), StageRules.effectiveTime("at", null, null, NOW));
        assertEquals(Instant.parse("2026-11-20T10:00:00.123Z"),
                StageRules.effectiveTime("at", null, Instant.parse("2026-11-01T00:00:00Z"), NOW));
    }

    @Test
    void acceptsABackfilledTimeBetweenThePreviousStageAndNow() {
        Instant previous = Instant.parse("2026-03-01T09:00:00Z");
        assertEquals(previous, StageRules.effectiveTime("at", previous, previous, NOW));
        Instant at = Instant.parse("2026-04-01T09:00:00Z");
        assertEquals(at, StageRules.effectiveTime("at", at, previous, NOW));
        assertEquals(Instant.parse("2026-11-20T10:00:00.123Z"), StageRules.effectiveTime("at", NOW, previous, NOW));
    }

    @Test
    void refusesAFutureTimeNamingTheField() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> StageRules.effectiveTime("at", NOW.plusSeconds(1), null, NOW));
        assertEquals(400, e.status());
        assertEquals("at", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("future"));
    }

    @Test
    void refusesATimeBeforeThePreviousStage() {
        Instant previous = Instant.parse("2026-03-01T09:00:00Z");
        ProblemException e = assertThrows(ProblemException.class,
                () -> StageRules.effectiveTime("startedAt", previous.minusMillis(1), previous, NOW));
        assertEquals("startedAt", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("before the previous stage"));
    }

    @Test
    void keepsHistoryInOrderWhenThePreviousStageIsAheadOfThisClock() {
        Instant previous = NOW.plusSeconds(2);
        assertEquals(previous.truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                StageRules.effectiveTime("at", null, previous.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), NOW));
    }
}
