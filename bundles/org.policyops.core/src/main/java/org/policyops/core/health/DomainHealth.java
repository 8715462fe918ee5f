package org.policyops.core.health;

import java.util.function.Supplier;

import javax.persistence.EntityManager;

import org.policyops.api.health.HealthStatus;
import org.policyops.core.persistence.OnceLoader;

/**
 * The part of a domain's {@link org.policyops.api.health.HealthIndicator} that every domain shares: not ready while
 * its shipped data is loading, not ready when its tables cannot be read, and a word about a failed load.
 */
public final class DomainHealth {

    /** The health endpoint must answer quickly, even when the database hangs. */
    public static final int QUERY_TIMEOUT_MILLIS = 2000;

    private DomainHealth() {
    }

    /**
     * @param domain the domain's name, as in "The planning tables cannot be read"
     * @param loader the domain's loader of shipped data
     * @param tables reads the domain's tables (with {@link #count}) and says what is there; throws when it cannot
     */
    public static HealthStatus check(String domain, OnceLoader loader, Supplier<HealthStatus> tables) {
        if (loader.isLoading()) {
            return HealthStatus.notReady(loader.loadingMessage());
        }
        HealthStatus status;
        try {
            status = tables.get();
        } catch (RuntimeException e) {
            return HealthStatus.notReady("The " + domain + " tables cannot be read: " + e.getMessage());
        }
        return loader.failure()
                .map(f -> new HealthStatus(status.ready(), status.detail() + " Also, " + f + "."))
                .orElse(status);
    }

    /** Runs a JPQL {@code select count(...)} with the health time bound. */
    public static long count(EntityManager em, String jpql) {
        return em.createQuery(jpql, Long.class)
                .setHint("javax.persistence.query.timeout", QUERY_TIMEOUT_MILLIS)
                .getSingleResult();
    }

    /** "1 policy", "3 policies". */
    public static String counted(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
