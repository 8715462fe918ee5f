package org.policyops.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.Persistence;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * A domain's persistence unit on EclipseLink and an in-memory H2 database, outside OSGi, behind a
 * {@link JpaTemplate} that behaves as Aries JPA's does for {@code Required}: one transaction per call, committed
 * when the function returns, rolled back (and the exception passed on unchanged) when it throws. The PolicyOps
 * services only use {@code Required}; other types are refused so that a change to that shows. It counts
 * transactions, so tests can check that a request used exactly one.
 */
public final class LocalJpa implements JpaTemplate, AutoCloseable {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final EntityManagerFactory emf;
    private final AtomicInteger transactions = new AtomicInteger();
    private volatile UnaryOperator<EntityManager> decorator = UnaryOperator.identity();

    private LocalJpa(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /** The unit on a fresh, empty database. */
    public static LocalJpa create(String unit) {
        return create(unit, Map.of());
    }

    /** The unit on a fresh, empty database, with more properties (e.g. {@code eclipselink.persistencexml}). */
    public static LocalJpa create(String unit, Map<String, String> more) {
        return named(unit, unit.replaceAll("[^A-Za-z0-9]", "") + DATABASES.incrementAndGet(), more);
    }

    /** The unit on the in-memory database of that name, which lives as long as the JVM (see {@link #url}). */
    public static LocalJpa named(String unit, String database, Map<String, String> more) {
        Map<String, Object> p = new HashMap<>();
        // The unit is JTA for Aries JPA; here the provider manages local transactions over a plain JDBC URL.
        p.put("javax.persistence.transactionType", "RESOURCE_LOCAL");
        p.put("javax.persistence.jtaDataSource", "");
        p.put("javax.persistence.jdbc.driver", "org.h2.Driver");
        p.put("javax.persistence.jdbc.url", url(database));
        p.put("javax.persistence.jdbc.user", "sa");
        p.putAll(more);
        return new LocalJpa(Persistence.createEntityManagerFactory(unit, p));
    }

    /** The JDBC URL of a named in-memory database, for filling it with plain JDBC batches. */
    public static String url(String database) {
        return "jdbc:h2:mem:" + database + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
    }

    /** Wraps every entity manager handed to code, e.g. to make it fail part-way. */
    public void decorate(UnaryOperator<EntityManager> decorator) {
        this.decorator = decorator;
    }

    /** How many transactions were run so far. */
    public int transactions() {
        return transactions.get();
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        if (type != TransactionType.Required) {
            throw new IllegalArgumentException("the PolicyOps services only use Required, not " + type);
        }
        transactions.incrementAndGet();
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            R result = code.apply(decorator.apply(em));
            tx.commit();
            return result;
        } catch (RuntimeException | Error e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        txExpr(type, em -> {
            code.accept(em);
            return null;
        });
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return txExpr(TransactionType.Required, code);
    }

    @Override
    public void tx(EmConsumer code) {
        tx(TransactionType.Required, code);
    }

    /** Runs a query outside the counted transactions, to look at what is stored. */
    public <R> R read(EmFunction<R> code) {
        EntityManager em = emf.createEntityManager();
        try {
            return code.apply(em);
        } finally {
            em.close();
        }
    }

    public long count(String entity) {
        return read(em -> em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult());
    }

    @Override
    public void close() {
        emf.close();
    }
}
