package org.policyops.training.internal.service;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.Persistence;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * The training unit on EclipseLink over a fresh in-memory H2 database, as a JpaTemplate that commits each call's
 * work or rolls it back when the call throws, as Aries JPA does for {@code Required}.
 */
public final class H2Jpa implements JpaTemplate, AutoCloseable {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final EntityManagerFactory emf = Persistence.createEntityManagerFactory(TrainingUnit.NAME, Map.of(
            "eclipselink.persistencexml", "META-INF/training-persistence.xml",
            "javax.persistence.transactionType", "RESOURCE_LOCAL",
            "javax.persistence.jtaDataSource", "",
            "javax.persistence.jdbc.driver", "org.h2.Driver",
            "javax.persistence.jdbc.url", "jdbc:h2:mem:training" + DATABASES.incrementAndGet() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1",
            "javax.persistence.jdbc.user", "sa"));

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
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

    /** The configuration with its Metatype defaults, except the values given. */
    public static TrainingConfig config(Map<String, Object> values) {
        return (TrainingConfig) Proxy.newProxyInstance(TrainingConfig.class.getClassLoader(),
                new Class<?>[] { TrainingConfig.class }, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return TrainingConfig.class;
                    }
                    Object v = values.get(method.getName());
                    return v != null ? v : method.getDefaultValue();
                });
    }
}
