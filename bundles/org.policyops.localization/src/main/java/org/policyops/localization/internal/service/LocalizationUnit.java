package org.policyops.localization.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;

import org.policyops.core.rest.ProblemException;

/** The localization persistence unit and what every service does with it. */
public final class LocalizationUnit {

    public static final String NAME = "policyops-localization";

    /** Selects the JpaTemplate that Aries JPA registers for the unit. */
    public static final String TARGET = "(osgi.unit.name=" + NAME + ")";

    private LocalizationUnit() {
    }

    /** The time to the millisecond, which is what the database keeps. */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Writes now, so that a concurrent change is this request's 412 (with If-Match) or 409, not a commit failure. */
    static void flush(EntityManager em, String ifMatch) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw ProblemException.preconditionFailed("The record was changed by someone else while your request ran. "
                        + "Read it again, reapply your change and retry.");
            }
            throw ProblemException.conflict("The record was changed by someone else while your request ran; retry.");
        }
    }
}
