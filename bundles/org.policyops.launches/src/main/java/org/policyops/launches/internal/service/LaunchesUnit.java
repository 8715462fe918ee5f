package org.policyops.launches.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;

import org.policyops.core.rest.ProblemException;

/** The launches persistence unit and what every service does with it. */
public final class LaunchesUnit {

    /** The persistence unit of META-INF/persistence.xml. */
    public static final String NAME = "policyops-launches";

    /** Selects the JpaTemplate that Aries JPA registers for the unit. */
    public static final String TARGET = "(osgi.unit.name=" + NAME + ")";

    private LaunchesUnit() {
    }

    /** The current time to the millisecond, which is what the database keeps. */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Writes pending changes now, so a concurrent change is this request's 412 (with If-Match) or 409. */
    static void flush(EntityManager em, String ifMatch) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw ProblemException.preconditionFailed("The launch was changed by someone else while your request ran. "
                        + "Read it again, reapply your change and retry.");
            }
            throw e;
        }
    }
}
