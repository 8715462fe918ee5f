package org.policyops.planning.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;

import org.policyops.core.rest.ProblemException;

/** The planning persistence unit and what every service does with it. */
public final class PlanningUnit {

    /** The persistence unit of META-INF/persistence.xml. */
    public static final String NAME = "policyops-planning";

    /** Selects the JpaTemplate that Aries JPA registers for the unit. */
    public static final String TARGET = "(osgi.unit.name=" + NAME + ")";

    private PlanningUnit() {
    }

    /** The current time to the millisecond, which is what the database keeps, so a response shows what was stored. */
    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Writes pending changes now, inside the request's transaction, so that a concurrent change is reported as a
     * conflict of this request (412 when the client sent If-Match, whose condition no longer holds; 409 otherwise)
     * and the ETag returned is the one stored.
     */
    static void flush(EntityManager em, String ifMatch) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw ProblemException.preconditionFailed("The record was changed by someone else while your request ran. "
                        + "Read it again, reapply your change and retry.");
            }
            throw e;
        }
    }
}
