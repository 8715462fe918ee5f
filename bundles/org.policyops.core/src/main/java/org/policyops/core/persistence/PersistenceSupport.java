package org.policyops.core.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;

import org.policyops.core.rest.ProblemException;

/** What every domain's services do with their persistence unit inside a request's transaction. */
public final class PersistenceSupport {

    private PersistenceSupport() {
    }

    /** The current time to the millisecond, which is what the databases keep, so a response shows what was stored. */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Writes pending changes now, inside the request's transaction, so that a concurrent change is reported as a
     * conflict of this request — 412 when the client sent {@code If-Match} (whose condition no longer holds), 409
     * otherwise — rather than as a failed commit, and so that the ETag returned is the version stored.
     */
    public static void flush(EntityManager em, String ifMatch) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw ProblemException.preconditionFailed("The record was changed by someone else while your request ran. "
                        + "Read it again, reapply your change and retry.");
            }
            throw ProblemException.conflict("The record was changed by someone else while your request ran. "
                    + "Read it again and retry.");
        }
    }
}
