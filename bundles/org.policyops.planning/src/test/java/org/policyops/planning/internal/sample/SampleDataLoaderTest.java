package org.policyops.planning.internal.sample;

import org.policyops.planning.internal.PlanningConfig;
import org.policyops.testing.LocalJpa;
import org.policyops.planning.internal.service.PlanningUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyops.api.LifecycleStage;
import org.policyops.api.RegionCode;
import org.policyops.api.health.HealthStatus;
import org.policyops.planning.internal.domain.InitiativeStatus;
import org.policyops.planning.internal.domain.InitiativeType;
import org.policyops.planning.internal.domain.Quarter;
import org.policyops.planning.internal.domain.RiskLevel;
import org.policyops.planning.internal.domain.VersionStatus;
import org.policyops.planning.internal.entity.InitiativeEntity;
import org.policyops.planning.internal.entity.PolicyEntity;
import org.policyops.planning.internal.entity.PolicyVersionEntity;
import org.policyops.planning.internal.entity.SettingEntity;
import org.policyops.planning.internal.entity.StageTransitionEntity;
import org.policyops.planning.internal.service.PlanningHealth;

class SampleDataLoaderTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    LocalJpa jpa;
    SampleDataLoader loader;

    @BeforeEach
    void setUp() {
        jpa = LocalJpa.create(PlanningUnit.NAME);
        loader = new SampleDataLoader(jpa, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        loader.deactivate();
        jpa.close();
    }

    static PlanningConfig config(boolean sampleData) {
        return new PlanningConfig() {
            @Override
            public boolean sampleData() {
                return sampleData;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return PlanningConfig.class;
            }
        };
    }

    /** Loads the samples as the loader's step does, returning what was written. */
    SampleData.Counts load() {
        return jpa.txExpr(TransactionType.Required, em -> SampleData.load(em, NOW));
    }

    @Test
    void theSamplesAreWhatTheSummarySays() {
        SampleData.Counts counts = load();
        assertEquals(12, counts.policies());
        assertTrue(counts.initiatives() >= 25, counts.toString());
        assertEquals(counts.policies(), jpa.count("PolicyEntity"));
        assertEquals(counts.versions(), jpa.count("PolicyVersionEntity"));
        assertEquals(counts.transitions(), jpa.count("StageTransitionEntity"));
        assertEquals(counts.initiatives(), jpa.count("InitiativeEntity"));
        // Some samples carry WSJF inputs and deadlines (matched by title, so a typo would show here).
        assertEquals(10L, (long) jpa.<Long>read(em -> em.createQuery(
                "select count(i) from InitiativeEntity i where i.businessValue is not null", Long.class).getSingleResult()));
        assertEquals(6L, (long) jpa.<Long>read(em -> em.createQuery(
                "select count(i) from InitiativeEntity i where i.regulatoryDeadline is not null", Long.class).getSingleResult()));
        assertTrue(counts.milestones() >= 10, counts.toString());
        assertEquals(counts.milestones(), jpa.count("MilestoneEntity"));
        // A team for every owning team the sample initiatives name, with holidays and leave to plan with.
        assertEquals(8, counts.teams());
        assertEquals(counts.teams(), jpa.count("TeamEntity"));
        assertEquals(counts.holidays(), jpa.count("HolidayEntity"));
        assertEquals(counts.leave(), jpa.count("LeaveEntity"));
        assertTrue(counts.holidays() > 0 && counts.leave() > 0, counts.toString());
        assertEquals(List.of(), jpa.read(em -> em.createQuery("select distinct i.owningTeam from InitiativeEntity i"
                + " where i.owningTeam not in (select t.name from TeamEntity t)", String.class).getResultList()));
    }

    @Test
    void theDatedPublicHolidaysLoadOnceAndLeaveExistingDaysAlone() {
        jpa.tx(em -> {
            var mine = new org.policyops.planning.internal.entity.PublicHolidayEntity("p.nair", NOW);
            mine.apply("UK", java.time.LocalDate.of(2027, 12, 27), "Christmas (our name)", NOW);
            em.persist(mine);
        });
        String summary = loader.loadOnce(SampleDataLoader.PUBLIC_HOLIDAYS).orElseThrow();
        assertEquals((PublicHolidays.size() - 1) + " dated public holidays of EU, UK, US, BR and IN in 2026-2027", summary);
        assertEquals(PublicHolidays.size(), jpa.count("PublicHolidayEntity"));
        assertEquals("Christmas (our name)", jpa.read(em -> em.createQuery("select h.name from PublicHolidayEntity h"
                + " where h.region = 'UK' and h.date = :d", String.class).setParameter("d", java.time.LocalDate.of(2027, 12, 27))
                .getSingleResult()));
        assertTrue(loader.loadOnce(SampleDataLoader.PUBLIC_HOLIDAYS).isEmpty());
    }

    @Test
    void loadsOnceAndNotAgainAfterEverythingWasDeleted() {
        String summary = loader.loadOnce(SampleDataLoader.SAMPLES).orElseThrow();
        assertTrue(summary.startsWith("12 policies, "), summary);
        assertTrue(summary.endsWith("(set sampleData=false in etc/org.policyops.planning.cfg to skip on new installations)"), summary);
        assertTrue(loader.loadOnce(SampleDataLoader.SAMPLES).isEmpty());
        assertEquals(12, jpa.count("PolicyEntity"));

        jpa.tx(em -> {
            em.createQuery("delete from MilestoneEntity m").executeUpdate();
            em.createQuery("select i from InitiativeEntity i", InitiativeEntity.class).getResultList().forEach(em::remove);
            em.createQuery("select p from PolicyEntity p", PolicyEntity.class).getResultList().forEach(em::remove);
        });
        assertEquals(0, jpa.count("PolicyEntity"));
        assertTrue(loader.loadOnce(SampleDataLoader.SAMPLES).isEmpty());
        assertEquals(0, jpa.count("PolicyEntity"));
        assertEquals(0, jpa.count("InitiativeEntity"));
        assertEquals(0, jpa.count("MilestoneEntity"));
    }

    @Test
    void aFailurePartWayLeavesNothingAndTheNextStartLoadsEverything() {
        // The marker row and the policies are written before the first initiative fails to persist.
        jpa.decorate(em -> failingOnPersistOf(em, InitiativeEntity.class));
        assertThrows(IllegalStateException.class, () -> loader.loadOnce(SampleDataLoader.SAMPLES));
        for (String entity : List.of("SettingEntity", "PolicyEntity", "PolicyVersionEntity", "StageTransitionEntity", "InitiativeEntity")) {
            assertEquals(0, jpa.count(entity), entity);
        }
        assertFalse(loader.wasLoaded(SettingEntity.SAMPLE_DATA_LOADED));

        jpa.decorate(em -> em);
        assertTrue(loader.loadOnce(SampleDataLoader.SAMPLES).isPresent());
        assertTrue(loader.wasLoaded(SettingEntity.SAMPLE_DATA_LOADED));
    }

    private static EntityManager failingOnPersistOf(EntityManager em, Class<?> type) {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(), new Class<?>[] { EntityManager.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("persist") && type.isInstance(args[0])) {
                        em.flush();
                        throw new IllegalStateException("database went away");
                    }
                    try {
                        return method.invoke(em, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void leavesOutSamplePoliciesWhoseKeyIsTaken() {
        jpa.tx(em -> em.persist(new PolicyEntity("hate-speech", "Our hate speech rules", "Hate speech", "Trust Team", null, NOW)));
        SampleData.Counts counts = load();
        assertEquals(11, counts.policies());
        assertEquals(12, jpa.count("PolicyEntity"));
        assertEquals("Our hate speech rules", jpa.read(em -> em.createQuery(
                "select p.name from PolicyEntity p where p.policyKey = 'hate-speech'", String.class).getSingleResult()));
    }

    @Test
    void theSamplesFollowTheRulesAndCoverThePortfolio() {
        load();
        jpa.read(em -> {
            for (PolicyEntity p : em.createQuery("select p from PolicyEntity p", PolicyEntity.class).getResultList()) {
                assertFalse(p.getVersions().isEmpty(), p.getPolicyKey());
                assertTrue(p.getVersions().size() <= 3, p.getPolicyKey());
                assertTrue(p.getVersions().stream().filter(v -> v.getStatus() == VersionStatus.ACTIVE).count() <= 1, p.getPolicyKey());
                for (PolicyVersionEntity v : p.getVersions()) {
                    List<StageTransitionEntity> history = v.getTransitions();
                    assertEquals(v.getStage().ordinal() + 1, history.size(), v.describe());
                    for (int i = 0; i < history.size(); i++) {
                        assertEquals(LifecycleStage.values()[i], history.get(i).getStage());
                        assertTrue(history.get(i).getEnteredAt().atZone(ZoneOffset.UTC).getYear() == 2026, v.describe());
                        assertFalse(history.get(i).getEnteredAt().isAfter(NOW));
                        if (i > 0) {
                            assertFalse(history.get(i).getEnteredAt().isBefore(history.get(i - 1).getEnteredAt()), v.describe());
                        }
                    }
                    assertEquals(v.getStage() == LifecycleStage.ENFORCEMENT, v.getStatus() == VersionStatus.ACTIVE
                            || v.getStatus() == VersionStatus.RETIRED, v.describe());
                }
            }
            Set<String> keys = new HashSet<>(em.createQuery("select p.policyKey from PolicyEntity p", String.class).getResultList());
            Set<InitiativeType> types = EnumSet.noneOf(InitiativeType.class);
            Set<InitiativeStatus> statuses = EnumSet.noneOf(InitiativeStatus.class);
            Set<RiskLevel> risks = EnumSet.noneOf(RiskLevel.class);
            Set<String> regions = new HashSet<>();
            for (InitiativeEntity i : em.createQuery("select i from InitiativeEntity i", InitiativeEntity.class).getResultList()) {
                types.add(i.getType());
                statuses.add(i.getStatus());
                risks.add(i.getRiskLevel());
                regions.addAll(i.getRegions());
                assertTrue(i.getPolicyKey() == null || keys.contains(i.getPolicyKey()), i.getTitle());
                Quarter q = i.getTargetQuarter();
                assertTrue(q.compareTo(Quarter.parse("2026-Q3")) >= 0 && q.compareTo(Quarter.parse("2027-Q4")) <= 0, i.getTitle());
            }
            assertEquals(EnumSet.allOf(InitiativeType.class), types);
            assertEquals(EnumSet.allOf(InitiativeStatus.class), statuses);
            assertEquals(EnumSet.allOf(RiskLevel.class), risks);
            for (String region : List.of("EU", "UK", "US", "BR", "IN", "ID", "JP", "AU", "MENA", "DE", "FR")) {
                assertTrue(regions.contains(RegionCode.of(region).value()), region);
            }
            return null;
        });
    }

    @Test
    void loadsInTheBackgroundAndTheDomainIsNotReadyUntilDone() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        JpaTemplate slow = new HeldBackJpa(jpa, release);
        SampleDataLoader background = new SampleDataLoader(slow, Clock.fixed(NOW, ZoneOffset.UTC));
        PlanningHealth health = new PlanningHealth(jpa, background);
        try {
            background.configure(config(true));
            assertTrue(background.isLoading());
            HealthStatus loading = health.check();
            assertFalse(loading.ready());
            assertTrue(loading.detail().contains("sample data"), loading.detail());

            release.countDown();
            // A second round queues behind the first on the loader's one thread; it finds the marker and loads nothing.
            background.start(List.of(SampleDataLoader.SAMPLES)).get(20, TimeUnit.SECONDS);
            assertFalse(background.isLoading());
            HealthStatus ready = health.check();
            assertTrue(ready.ready(), ready.detail());
            assertEquals("12 policies in the catalog.", ready.detail());
            assertEquals("planning", health.domain());
        } finally {
            release.countDown();
            background.deactivate();
        }
    }

    @Test
    void loadsNothingWhenSwitchedOff() {
        loader.configure(config(false));
        assertFalse(loader.isLoading());
        assertEquals(0, jpa.count("PolicyEntity"));
        HealthStatus status = new PlanningHealth(jpa, loader).check();
        assertTrue(status.ready());
        assertEquals("0 policies in the catalog.", status.detail());
    }

    @Test
    void isNotReadyWhenTheTablesCannotBeRead() {
        jpa.decorate(em -> {
            throw new IllegalStateException("Connection refused");
        });
        HealthStatus status = new PlanningHealth(jpa, loader).check();
        assertFalse(status.ready());
        assertTrue(status.detail().contains("Connection refused"), status.detail());
    }

    /** Holds every transaction back until released, as a slow first start (creating the tables) would. */
    private static final class HeldBackJpa implements JpaTemplate {
        private final JpaTemplate delegate;
        private final CountDownLatch release;

        HeldBackJpa(JpaTemplate delegate, CountDownLatch release) {
            this.delegate = delegate;
            this.release = release;
        }

        @Override
        public <R> R txExpr(TransactionType type, EmFunction<R> code) {
            try {
                if (!release.await(20, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return delegate.txExpr(type, code);
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
    }
}
