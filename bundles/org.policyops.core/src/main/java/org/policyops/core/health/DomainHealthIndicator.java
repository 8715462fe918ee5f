package org.policyops.core.health;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.policyops.api.health.HealthIndicator;
import org.policyops.api.health.HealthStatus;
import org.policyops.core.persistence.OnceLoader;

/**
 * A domain's {@link HealthIndicator} as every domain has it ({@link DomainHealth#check}); the domain says only what
 * its tables hold, in one read-only transaction.
 */
public abstract class DomainHealthIndicator implements HealthIndicator {

    private final String domain;
    private final OnceLoader loader;
    private final JpaTemplate jpa;

    /**
     * @param domain the value of the domain bundle's {@value HealthIndicator#DOMAIN_HEADER} header
     */
    protected DomainHealthIndicator(String domain, OnceLoader loader, JpaTemplate jpa) {
        this.domain = domain;
        this.loader = loader;
        this.jpa = jpa;
    }

    @Override
    public final String domain() {
        return domain;
    }

    @Override
    public final HealthStatus check() {
        return DomainHealth.check(domain, loader, () -> jpa.txExpr(TransactionType.Required, this::tables));
    }

    /** Reads the domain's tables (with {@link DomainHealth#count}) and says what they hold; throws when it cannot. */
    protected abstract HealthStatus tables(EntityManager em);
}
