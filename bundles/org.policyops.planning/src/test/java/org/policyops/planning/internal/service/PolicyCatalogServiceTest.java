package org.policyops.planning.internal.service;

import org.policyops.core.events.EventPosters;
import org.policyops.testing.LocalJpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyops.api.LifecycleStage;
import org.policyops.api.SemanticVersion;
import org.policyops.api.planning.PolicyInfo;
import org.policyops.api.planning.PolicyVersionInfo;
import org.policyops.planning.internal.dto.PolicyRequest;
import org.policyops.planning.internal.dto.TransitionRequest;
import org.policyops.planning.internal.dto.VersionRequest;

class PolicyCatalogServiceTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    LocalJpa jpa;
    PolicyService policies;
    PolicyCatalogService catalog;

    @BeforeEach
    void setUp() {
        jpa = LocalJpa.create(PlanningUnit.NAME);
        policies = new PolicyService(jpa, EventPosters.none(), Clock.fixed(NOW, ZoneOffset.UTC));
        catalog = new PolicyCatalogService(jpa);
        policies.create(new PolicyRequest("hate-speech", "Hate Speech", "Hate speech", "Policy Global", null));
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    @Test
    void findsPoliciesByKey() {
        assertEquals(new PolicyInfo("hate-speech", "Hate Speech", "Hate speech", "Policy Global"), catalog.findPolicy("hate-speech").orElseThrow());
        assertTrue(catalog.findPolicy("child-safety").isEmpty());
        assertTrue(catalog.findPolicy(null).isEmpty());
        assertEquals(List.of(), catalog.versions("child-safety"));
        assertTrue(catalog.currentVersion("child-safety").isEmpty());
    }

    @Test
    void theCurrentVersionIsTheHighestInForceOrElseTheHighest() {
        Instant start = NOW.minus(Duration.ofDays(30));
        policies.createVersion("hate-speech", new VersionRequest("3.0.0", "Three.", start), "a.okafor");
        policies.createVersion("hate-speech", new VersionRequest("3.1.0", "Three one.", start), "a.okafor");
        assertEquals(SemanticVersion.parse("3.1.0"), catalog.currentVersion("hate-speech").orElseThrow().version());

        int day = 1;
        for (LifecycleStage stage : List.of(LifecycleStage.TESTING, LifecycleStage.TRAINING, LifecycleStage.DEPLOYMENT,
                LifecycleStage.ENFORCEMENT)) {
            policies.transition("hate-speech", "3.0.0", null, new TransitionRequest(stage, start.plus(Duration.ofDays(day++)), null), "m.lindqvist");
        }
        PolicyVersionInfo current = catalog.currentVersion("hate-speech").orElseThrow();
        assertEquals(SemanticVersion.parse("3.0.0"), current.version());
        assertEquals("ACTIVE", current.status());
        assertEquals(LifecycleStage.ENFORCEMENT, current.stage());
        assertEquals(5, current.stageEnteredAt().size());
        assertEquals(start, current.stageEnteredAt().get(LifecycleStage.DEVELOPMENT));
        assertEquals(start.plus(Duration.ofDays(4)), current.stageEnteredAt().get(LifecycleStage.ENFORCEMENT));

        assertEquals(List.of("3.0.0", "3.1.0"), catalog.versions("hate-speech").stream().map(v -> v.version().toString()).toList());
    }

    @Test
    void theApprovalDateOfAVersion() {
        policies.createVersion("hate-speech", new VersionRequest("3.1.0", "Three one.", NOW.minus(Duration.ofDays(3))), "a.okafor");
        assertTrue(catalog.approvedAt("hate-speech", SemanticVersion.parse("3.1.0")).isEmpty(), "not approved yet");
        policies.patchVersion("hate-speech", "3.1.0", null, new org.policyops.planning.internal.dto.VersionPatchRequest(null,
                org.policyops.planning.internal.domain.VersionStatus.APPROVED));
        assertEquals(NOW, catalog.approvedAt("hate-speech", SemanticVersion.parse("3.1.0")).orElseThrow());
        assertTrue(catalog.approvedAt("hate-speech", SemanticVersion.parse("9.0.0")).isEmpty());
        assertTrue(catalog.approvedAt("child-safety", SemanticVersion.parse("1.0.0")).isEmpty());
        assertTrue(catalog.approvedAt(null, null).isEmpty());
    }
}
