package org.policyops.training.internal.service;

import java.time.Clock;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;

import org.policyops.core.rest.ProblemException;

/** The training persistence unit and what every service does with it. */
public final class TrainingUnit {

    /** The persistence unit of META-INF/persistence.xml. */
    public static final String NAME = "policyops-training";

    /** Selects the JpaTemplate that Aries JPA registers for the unit. */
    public static final String TARGET = "(osgi.unit.name=" + NAME + ")";

    private TrainingUnit() {
    }

    /** Epoch milliseconds, which is what the tables keep. */
    static long now(Clock clock) {
        return clock.millis();
    }

    /**
     * Writes pending changes inside the request's transaction, so a concurrent change is this request's conflict
     * (412 when it sent If-Match) and the ETag returned is the one stored.
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
