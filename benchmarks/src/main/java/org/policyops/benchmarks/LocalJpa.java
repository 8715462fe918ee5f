package org.policyops.benchmarks;

import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.Persistence;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.policyops.planning.internal.service.PlanningUnit;

/**
 * A PolicyOps persistence unit on EclipseLink and an in-memory H2 database, outside OSGi: a {@link JpaTemplate}
 * over RESOURCE_LOCAL transactions that behaves as Aries JPA's does for {@code Required} (one transaction per call,
 * committed on return, rolled back when the code throws). The same as the planning tests' TestJpa.
 */
final class LocalJpa implements JpaTemplate, AutoCloseable {

    private final EntityManagerFactory emf;

    LocalJpa(String database) {
        this(PlanningUnit.NAME, database, Map.of());
    }

    /** Another domain's persistence unit, e.g. localization's. */
    LocalJpa(String unit, String database) {
        this(unit, database, Map.of());
    }

    /**
     * Any unit, with more properties: the training unit lives in META-INF/training-persistence.xml, named with
     * {@code eclipselink.persistencexml}.
     */
    LocalJpa(String unit, String database, Map<String, String> more) {
        // The unit is JTA for Aries JPA; here the provider manages local transactions over a plain JDBC URL.
        Map<String, String> p = new java.util.HashMap<>(Map.of(
                "javax.persistence.transactionType", "RESOURCE_LOCAL",
                "javax.persistence.jtaDataSource", "",
                "javax.persistence.jdbc.driver", "org.h2.Driver",
                "javax.persistence.jdbc.url", url(database),
                "javax.persistence.jdbc.user", "sa"));
        p.putAll(more);
        emf = Persistence.createEntityManagerFactory(unit, p);
    }

    /** The JDBC URL of the in-memory database, for filling it with plain JDBC batches. */
    static String url(String database) {
        return "jdbc:h2:mem:" + database + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        if (type != TransactionType.Required) {
            throw new IllegalArgumentException("the services only use Required, not " + type);
        }
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            R result = code.apply(em);
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

    @Override
    public void close() {
        emf.close();
    }
}
