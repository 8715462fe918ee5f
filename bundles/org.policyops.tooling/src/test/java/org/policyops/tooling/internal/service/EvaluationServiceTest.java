package org.policyops.tooling.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.policyops.api.RegionCode;
import org.policyops.api.SemanticVersion;
import org.policyops.api.compliance.LaunchRegionView;
import org.policyops.api.compliance.LaunchView;
import org.policyops.api.compliance.RuleContext;
import org.policyops.api.compliance.RuleResult;
import org.policyops.api.compliance.Verdict;
import org.policyops.api.tooling.ToolingEvents;
import org.policyops.core.events.EventPosters;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.testing.LocalJpa;
import org.policyops.tooling.internal.ToolingConfig;
import org.policyops.tooling.internal.dto.EvaluationRequest;
import org.policyops.tooling.internal.dto.EvaluationView;
import org.policyops.tooling.internal.dto.StatusRequest;
import org.policyops.tooling.internal.dto.Thresholds;
import org.policyops.tooling.internal.dto.ToolRequest;
import org.policyops.tooling.internal.rules.AiEvaluatedRule;

/** AI model evaluations, re-evaluation on a new policy version, and the tooling.ai-evaluated readiness rule. */
class EvaluationServiceTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    LocalJpa jpa;
    EventAdmin eventAdmin;
    ToolService tools;
    EvaluationService evaluations;
    AiEvaluatedRule rule;

    @BeforeEach
    void setUp() {
        jpa = LocalJpa.create(ToolingUnit.NAME);
        eventAdmin = mock(EventAdmin.class);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        tools = new ToolService(jpa, EventPosters.none(), clock);
        evaluations = new EvaluationService(jpa, EventPosters.to(eventAdmin), clock);
        rule = new AiEvaluatedRule(jpa, config("WARNING"));
        tools.create(model("hs-classifier", List.of()), ToolServiceTest.TOOLSMITH);
        tools.changeStatus("hs-classifier", null, new StatusRequest("PILOT", null, null), ToolServiceTest.TOOLSMITH);
        evaluations.thresholds("hs-classifier", "*", new Thresholds(0.85, 0.75, 0.6), ToolServiceTest.TOOLSMITH);
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    static ToolRequest model(String key, List<String> regions) {
        return new ToolRequest(key, "Classifier " + key, "AI_MODEL", null, List.of("ENFORCEMENT"), "Integrity ML", null,
                regions, List.of("en"), List.of("hate-speech"), null, List.of());
    }

    static ToolingConfig config(String severity) {
        return new ToolingConfig() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return ToolingConfig.class;
            }

            @Override
            public boolean sampleData() {
                return false;
            }

            @Override
            public String aiEvaluatedSeverity() {
                return severity;
            }
        };
    }

    static EvaluationRequest run(String version, String locale, long tp, long fp, long fn, long tn) {
        return new EvaluationRequest("hate-speech", version, locale, tp, fp, fn, tn, null, null);
    }

    RuleResult readiness(String version, String region) {
        RuleContext c = mock(RuleContext.class);
        when(c.launch()).thenReturn(new LaunchView(1, "Hate speech " + version, "hate-speech", version, "PLANNED",
                List.of(new LaunchRegionView(RegionCode.of(region), LocalDate.of(2027, 1, 1), "PLANNED", null, null)),
                List.of(), NOW));
        when(c.region()).thenReturn(RegionCode.of(region));
        return rule.evaluate(c);
    }

    @Test
    void aRunIsMeasuredAndJudgedAgainstTheModelsThresholds() {
        EvaluationView weak = evaluations.record("hs-classifier", run("3.1.0", "en", 40, 10, 20, 30), ToolServiceTest.TOOLSMITH);
        assertEquals(100, weak.goldenSetSize());
        assertEquals(0.8, weak.precision(), 1e-9);
        assertEquals(0.4, weak.kappa(), 1e-9);
        assertFalse(weak.passed(), weak.toString());
        EvaluationView edge = evaluations.record("hs-classifier", run("3.1.0", "en", 45, 5, 15, 35), ToolServiceTest.TOOLSMITH);
        assertTrue(edge.passed(), "0.9, 0.75 and 0.6 reach 0.85, 0.75 and 0.6: " + edge);
        EvaluationView good = evaluations.record("hs-classifier", run("3.1.0", "en", 90, 5, 10, 95), ToolServiceTest.TOOLSMITH);
        assertTrue(good.passed(), good.toString());
        assertEquals("toolsmith", good.ranBy());
        assertEquals(3, evaluations.list("hs-classifier", "hate-speech", "3.1.0", null,
                PageRequest.of(null, null, null, EvaluationService.SORTABLE, EvaluationService.DEFAULT_SORT)).total());

        ProblemException empty = assertThrows(ProblemException.class, () -> evaluations.record("hs-classifier",
                run("3.1.0", "en", 0, 0, 0, 0), ToolServiceTest.TOOLSMITH));
        assertEquals(400, empty.status());
        ProblemException bad = assertThrows(ProblemException.class, () -> evaluations.record("hs-classifier",
                new EvaluationRequest("Hate Speech", "3.x", "??", -1L, null, 1L, 1L, null, "2999-01-01"), ToolServiceTest.TOOLSMITH));
        assertEquals(List.of("policyKey", "policyVersion", "locale", "truePositives", "falsePositives"),
                bad.errors().stream().map(f -> f.field()).toList());
        ProblemException future = assertThrows(ProblemException.class, () -> evaluations.record("hs-classifier",
                new EvaluationRequest("hate-speech", "3.1.0", "en", 1L, 1L, 1L, 1L, "qa", "2999-01-01"), ToolServiceTest.TOOLSMITH));
        assertEquals("ranAt", future.errors().get(0).field());
        tools.create(ToolServiceTest.tool("lms", List.of(), List.of()), ToolServiceTest.TOOLSMITH);
        assertEquals(409, assertThrows(ProblemException.class, () -> evaluations.record("lms", run("3.1.0", "en", 1, 1, 1, 1),
                ToolServiceTest.TOOLSMITH)).status());
        assertEquals(400, assertThrows(ProblemException.class, () -> evaluations.thresholds("hs-classifier", "*",
                new Thresholds(1.5, null, -2.0), ToolServiceTest.TOOLSMITH)).status());
    }

    @Test
    void aNewPolicyVersionRequiresReevaluationUntilAPassingRun() {
        assertEquals(List.of("hs-classifier"), evaluations.versionCreated("hate-speech", SemanticVersion.parse("3.2.0")));
        assertEquals(List.of(), evaluations.versionCreated("hate-speech", SemanticVersion.parse("3.2.0")));
        assertEquals(List.of(), evaluations.versionCreated("child-safety", SemanticVersion.parse("5.0.0")));
        assertEquals(List.of("hate-speech@3.2.0"), tools.get("hs-classifier").body().reevaluationRequired());
        ArgumentCaptor<Event> event = ArgumentCaptor.forClass(Event.class);
        org.mockito.Mockito.verify(eventAdmin).postEvent(event.capture());
        assertEquals(ToolingEvents.REEVALUATION_REQUIRED, event.getValue().getTopic());
        assertEquals("3.2.0", event.getValue().getProperty(ToolingEvents.PROP_POLICY_VERSION));

        evaluations.record("hs-classifier", run("3.1.0", "en", 90, 5, 10, 95), ToolServiceTest.TOOLSMITH);
        assertEquals(List.of("hate-speech@3.2.0"), tools.get("hs-classifier").body().reevaluationRequired());
        evaluations.record("hs-classifier", run("3.2.0", "en", 40, 10, 20, 30), ToolServiceTest.TOOLSMITH);
        assertEquals(List.of("hate-speech@3.2.0"), tools.get("hs-classifier").body().reevaluationRequired(), "a failing run clears nothing");
        evaluations.record("hs-classifier", run("3.2.0", "en", 90, 5, 10, 95), ToolServiceTest.TOOLSMITH);
        assertEquals(List.of(), tools.get("hs-classifier").body().reevaluationRequired());
    }

    @Test
    void theReadinessRuleWantsAPassingLatestRunOfEveryServingModelOnTheLaunchedVersion() {
        RuleResult none = readiness("3.1.0", "EU");
        assertEquals(Verdict.FAIL, none.verdict(), "the pilot model serves hate-speech everywhere and was never evaluated");
        assertTrue(none.findings().get(0).message().contains("no evaluation on hate-speech 3.1.0"), none.toString());

        evaluations.record("hs-classifier", run("3.1.0", "de", 40, 10, 20, 30), ToolServiceTest.TOOLSMITH);
        assertEquals(Verdict.FAIL, readiness("3.1.0", "EU").verdict());
        evaluations.record("hs-classifier", run("3.1.0", "de", 90, 5, 10, 95), ToolServiceTest.TOOLSMITH);
        assertEquals(Verdict.PASS, readiness("3.1.0", "EU").verdict(), "the latest run in de passed");
        assertEquals(Verdict.FAIL, readiness("3.2.0", "EU").verdict(), "the run was on 3.1.0, not the launched version");

        // A regional model serves only its regions; a retired one no longer counts.
        tools.create(model("eu-llm", List.of("EU")), ToolServiceTest.TOOLSMITH);
        tools.changeStatus("eu-llm", null, new StatusRequest("PILOT", null, null), ToolServiceTest.TOOLSMITH);
        assertEquals(Verdict.FAIL, readiness("3.1.0", "EU").verdict());
        assertEquals(Verdict.PASS, readiness("3.1.0", "US").verdict());
        tools.changeStatus("eu-llm", null, new StatusRequest("RETIRED", null, null), ToolServiceTest.TOOLSMITH);
        tools.changeStatus("hs-classifier", null, new StatusRequest("RETIRED", null, null), ToolServiceTest.TOOLSMITH);
        assertEquals(Verdict.NOT_APPLICABLE, readiness("3.1.0", "EU").verdict());
    }

    @Test
    void theRulesSeverityIsConfigured() {
        assertEquals(org.policyops.api.compliance.Severity.WARNING, rule.severity());
        assertEquals(org.policyops.api.compliance.Severity.BLOCKER, new AiEvaluatedRule(jpa, config("blocker")).severity());
        assertEquals(org.policyops.api.compliance.Severity.WARNING, new AiEvaluatedRule(jpa, config("loud")).severity());
        assertEquals(AiEvaluatedRule.ID, rule.id());
    }
}
