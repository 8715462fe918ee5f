package org.policyops.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;

import org.junit.jupiter.api.Test;
import org.policyops.core.rest.ProblemException;

class PersistenceSupportTest {

    @Test
    void nowIsToTheMillisecondAsTheDatabaseKeepsIt() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T09:30:00.123456789Z"), ZoneOffset.UTC);
        assertEquals(Instant.parse("2026-12-01T09:30:00.123Z"), PersistenceSupport.now(clock));
    }

    @Test
    void aConcurrentChangeIsThisRequests412WithIfMatchAnd409Without() {
        EntityManager em = mock(EntityManager.class);
        doThrow(new OptimisticLockException("row changed")).when(em).flush();

        ProblemException withIfMatch = assertThrows(ProblemException.class, () -> PersistenceSupport.flush(em, "\"3\""));
        assertEquals(412, withIfMatch.status());
        ProblemException without = assertThrows(ProblemException.class, () -> PersistenceSupport.flush(em, null));
        assertEquals(409, without.status());
        assertEquals(409, assertThrows(ProblemException.class, () -> PersistenceSupport.flush(em, " ")).status());
    }

    @Test
    void flushesWhenNothingConflicts() {
        EntityManager em = mock(EntityManager.class);
        PersistenceSupport.flush(em, null);
        verify(em).flush();
    }
}
