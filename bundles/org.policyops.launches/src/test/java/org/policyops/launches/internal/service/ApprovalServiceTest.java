package org.policyops.launches.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.policyops.api.LifecycleStage;
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.Finding;
import org.policyops.api.compliance.RuleResult;
import org.policyops.api.compliance.Severity;
import org.policyops.api.launches.LaunchEvents;
import org.policyops.core.rest.ProblemException;
import org.policyops.launches.internal.dto.ActionRequest;
import org.policyops.launches.internal.dto.LaunchDetail;
import org.policyops.launches.internal.dto.LaunchRequest;
import org.policyops.launches.internal.dto.OverrideView;
import org.policyops.launches.internal.dto.RegionRequest;
import org.policyops.testing.Callers;
import org.policyops.launches.internal.testing.FakeCatalog;
import org.policyops.launches.internal.testing.Fixture;
import org.policyops.launches.internal.testing.TestRule;

/** Approval against readiness, administrators' overrides, enforcement starts and readiness change events. */
class ApprovalServiceTest {

    private Fixture f;

    @AfterEach
    void tearDown() {
        if (f != null) {
            f.close();
        }
    }

    private long launch(String... regions) {
        return f.launches.create(Fixture.request("hate-speech", "3.1.0", regions), Callers.planner("p")).body().id();
    }

    @Test
    void aGoRegionIsApprovedAndTheEventSaysSo() {
        f = new Fixture(null);
        f.rule(new TestRule("eu.ok", Severity.BLOCKER, c -> RuleResult.pass(), "EU"));
        long id = launch("EU");
        LaunchDetail d = f.approvals.approve(id, "EU", null, null, Callers.planner("a.okafor")).body();
        assertEquals("APPROVED", d.regions().get(0).status());
        assertEquals("a.okafor", d.regions().get(0).approvedBy());
        assertEquals(Boolean.FALSE, d.regions().get(0).overridden());
        assertEquals("GO", d.regions().get(0).lastReadiness());
        assertTrue(d.overrides().isEmpty());
        Event e = f.events.topic(LaunchEvents.LAUNCH_APPROVED).get(0);
        assertEquals("GO", e.getProperty(LaunchEvents.PROP_READINESS));
        assertEquals(false, e.getProperty(LaunchEvents.PROP_OVERRIDE));
        assertNull(e.getProperty(LaunchEvents.PROP_OVERRIDE_REASON));
        ProblemException again = assertThrows(ProblemException.class,
                () -> f.approvals.approve(id, "EU", null, null, Callers.planner("p")));
        assertEquals(409, again.status());
    }

    @Test
    void aNoGoRegionIsRefusedUntilAnAdministratorOverridesWithAReason() {
        f = new Fixture(null);
        f.rule(new TestRule("uk.risk-assessment", Severity.BLOCKER,
                c -> RuleResult.fail(new Finding("no illegal-content risk assessment", "UK-OSA-9")), "UK"));
        f.rule(new TestRule("uk.throws", Severity.BLOCKER, c -> {
            throw new IllegalStateException("boom");
        }, "UK"));
        f.rule(new TestRule("uk.warning", Severity.WARNING, c -> RuleResult.fail(Finding.of("minor")), "UK"));
        long id = launch("UK");

        ProblemException refused = assertThrows(ProblemException.class,
                () -> f.approvals.approve(id, "UK", null, null, Callers.planner("p")));
        assertEquals(409, refused.status());
        assertEquals("NO_GO", refused.extensions().get("readiness"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> blocking = (List<Map<String, Object>>) refused.extensions().get("blockingRules");
        assertEquals(List.of("uk.risk-assessment", "uk.throws"), blocking.stream().map(b -> b.get("ruleId")).toList());
        assertEquals("ERROR", blocking.get(1).get("verdict"));
        assertTrue(refused.getMessage().contains("2 blocking rules"), refused.getMessage());

        ProblemException notAdmin = assertThrows(ProblemException.class, () -> f.approvals.approve(id, "UK", null,
                new ActionRequest(true, "regulator deadline", null), Callers.planner("p")));
        assertEquals(403, notAdmin.status());
        ProblemException noReason = assertThrows(ProblemException.class, () -> f.approvals.approve(id, "UK", null,
                new ActionRequest(true, "  ", null), Callers.admin("root")));
        assertEquals(400, noReason.status());
        assertEquals("reason", noReason.errors().get(0).field());
        assertEquals("PLANNED", f.launches.get(id).body().regions().get(0).status(), "nothing changed so far");
        assertTrue(f.launches.overrides(id).isEmpty());

        LaunchDetail d = f.approvals.approve(id, "UK", null,
                new ActionRequest(true, "Ofcom deadline; assessment filed on paper, upload pending", null),
                Callers.admin("root")).body();
        assertEquals("APPROVED", d.regions().get(0).status());
        assertEquals(Boolean.TRUE, d.regions().get(0).overridden());
        assertEquals(1, d.overrides().size());
        List<OverrideView> overrides = f.launches.overrides(id);
        assertEquals(1, overrides.size());
        OverrideView o = overrides.get(0);
        assertEquals("root", o.overriddenBy());
        assertEquals(Fixture.NOW, o.overriddenAt());
        assertEquals("UK", o.region());
        assertEquals("Ofcom deadline; assessment filed on paper, upload pending", o.reason());
        assertEquals(List.of("uk.risk-assessment", "uk.throws"), o.blockingRules().stream().map(b -> b.ruleId()).toList());
        assertEquals("no illegal-content risk assessment", o.blockingRules().get(0).finding());
        assertEquals("ERROR", o.blockingRules().get(1).verdict());
        Event e = f.events.topic(LaunchEvents.LAUNCH_APPROVED).get(0);
        assertEquals(true, e.getProperty(LaunchEvents.PROP_OVERRIDE));
        assertEquals("NO_GO", e.getProperty(LaunchEvents.PROP_READINESS));
        assertEquals("root", e.getProperty(LaunchEvents.PROP_BY));
    }

    @Test
    void anOverrideOfAGoRegionRecordsNothing() {
        f = new Fixture(null);
        long id = launch("EU");
        LaunchDetail d = f.approvals.approve(id, "EU", null, new ActionRequest(true, "just in case", null),
                Callers.admin("root")).body();
        assertEquals(Boolean.FALSE, d.regions().get(0).overridden());
        assertTrue(f.launches.overrides(id).isEmpty());
    }

    @Test
    void shadowRulesNeverBlockAnApproval() {
        f = new Fixture(null, "eu.trial");
        f.rule(new TestRule("eu.trial", Severity.BLOCKER, c -> RuleResult.fail(Finding.of("would block")), "EU"));
        long id = launch("EU");
        assertEquals("APPROVED", f.approvals.approve(id, "EU", null, null, Callers.planner("p")).body().regions().get(0).status());
    }

    @Test
    void readinessChangedIsPostedTheFirstTimeAndOnEveryChangeOnly() {
        f = new Fixture(null);
        boolean[] failing = { true };
        f.rule(new TestRule("eu.toggle", Severity.BLOCKER,
                c -> failing[0] ? RuleResult.fail(Finding.of("not yet")) : RuleResult.pass(), "EU"));
        long id = launch("EU", "UK");
        f.runtime.readiness(id, null);
        f.runtime.readiness(id, null);
        List<Event> changes = f.events.topic(LaunchEvents.READINESS_CHANGED);
        assertEquals(2, changes.size(), "first evaluation of EU and UK");
        Event eu = changes.stream().filter(e -> "EU".equals(e.getProperty(LaunchEvents.PROP_REGION))).findFirst().orElseThrow();
        assertEquals("NO_GO", eu.getProperty(LaunchEvents.PROP_READINESS));
        assertFalse(List.of(eu.getPropertyNames()).contains(LaunchEvents.PROP_PREVIOUS_READINESS));
        failing[0] = false;
        f.runtime.readiness(id, RegionCode.of("EU"));
        changes = f.events.topic(LaunchEvents.READINESS_CHANGED);
        assertEquals(3, changes.size());
        assertEquals("GO", changes.get(2).getProperty(LaunchEvents.PROP_READINESS));
        assertEquals("NO_GO", changes.get(2).getProperty(LaunchEvents.PROP_PREVIOUS_READINESS));
        assertEquals("GO", f.launches.get(id).body().regions().get(0).lastReadiness());
    }

    @Test
    void enforcementStartsOnlyInApprovedRegionsAndCapturesTheCatalogDates() {
        Instant dev = Instant.parse("2026-07-13T09:00:00Z");
        Instant approved = Instant.parse("2026-08-31T09:00:00Z");
        f = new Fixture(new FakeCatalog().version("hate-speech", "3.1.0", LifecycleStage.TRAINING, dev, approved));
        long id = launch("EU", "UK");
        assertEquals(409, assertThrows(ProblemException.class,
                () -> f.launches.startEnforcement(id, "EU", null, null, Callers.planner("p"))).status());
        f.approvals.approve(id, "EU", null, null, Callers.planner("p"));
        assertEquals(400, assertThrows(ProblemException.class, () -> f.launches.startEnforcement(id, "EU", null,
                new ActionRequest(null, null, "2027-01-01T00:00:00Z"), Callers.planner("p"))).status(), "in the future");
        LaunchDetail d = f.launches.startEnforcement(id, "EU", null, null, Callers.planner("p")).body();
        assertEquals("ENFORCING", d.regions().get(0).status());
        assertEquals(Fixture.NOW, d.regions().get(0).enforcementStartedAt());
        assertEquals("IN_PROGRESS", d.status());
        Event e = f.events.topic(LaunchEvents.ENFORCEMENT_STARTED).get(0);
        assertEquals("EU", e.getProperty(LaunchEvents.PROP_REGION));
        var rows = f.timeToDeploy.report("2026-11-01", "2026-11-30").regions();
        assertEquals(1, rows.size());
        assertEquals(dev, rows.get(0).developmentStartedAt());
        assertEquals(approved, rows.get(0).versionApprovedAt());
        assertEquals(130.04, rows.get(0).developmentToEnforcementDays(), 0.001);
        assertEquals("2026-Q4", rows.get(0).enforcementQuarter());
    }

    @Test
    void withoutPlanningTheDatesGivenOnTheLaunchAreUsed() {
        f = new Fixture(null);
        long id = f.launches.create(new LaunchRequest("Child safety v4.1", "child-safety", "4.1.0",
                List.of(new RegionRequest("UK", null)), "2026-07-13", "2026-08-31T09:00:00Z"), Callers.planner("p")).body().id();
        f.approvals.approve(id, "UK", null, null, Callers.planner("p"));
        f.launches.startEnforcement(id, "UK", null, null, Callers.planner("p"));
        var row = f.timeToDeploy.report("2026-11-20", "2026-11-20").regions().get(0);
        assertEquals(Instant.parse("2026-07-13T00:00:00Z"), row.developmentStartedAt());
        assertEquals(130.42, row.developmentToEnforcementDays(), 0.001);
        assertEquals(81.04, row.approvalToEnforcementDays(), 0.001);
    }

    @Test
    void anApprovalWaitsWhileAPluginWithRulesForTheRegionIsChanging() {
        f = new Fixture(null);
        f.rules.add(1, new TestRule("eu.consent", Severity.BLOCKER, c -> RuleResult.pass(), "EU"), 42, "org.example.eu", "1.0.0", null);
        long id = launch("EU");
        f.rules.changing(42, "org.example.eu", "plugin org.example.eu 1.0.0 is changing");
        f.rules.remove(1, "plugin org.example.eu 1.0.0 is changing");
        ProblemException e = assertThrows(ProblemException.class,
                () -> f.approvals.approve(id, "EU", null, new ActionRequest(true, "urgent", null), Callers.admin("root")));
        assertEquals(409, e.status());
        assertTrue(e.getMessage().contains("plugin org.example.eu is changing"), e.getMessage());
        assertEquals(List.of("org.example.eu"), e.extensions().get("changingPlugins"));
        assertEquals("PLANNED", f.launches.get(id).body().regions().get(0).status(), "not even an override went through");

        f.rules.add(2, new TestRule("eu.consent", Severity.BLOCKER, c -> RuleResult.pass(), "EU"), 43, "org.example.eu", "1.1.0", null);
        assertEquals("APPROVED", f.approvals.approve(id, "EU", null, null, Callers.planner("p")).body().regions().get(0).status());
    }

    @Test
    void anApprovalWhoseRulesChangedDuringItsEvaluationIsRefused() {
        f = new Fixture(null);
        // The rule itself starts an upgrade of its plugin while it is being evaluated: the readiness said GO, but by
        // the time the approval commits the rules in force are no longer those it was judged by.
        f.rules.add(1, new TestRule("eu.consent", Severity.BLOCKER, c -> {
            f.rules.changing(42, "org.example.eu", "plugin org.example.eu 1.0.0 is changing");
            return RuleResult.pass();
        }, "EU"), 42, "org.example.eu", "1.0.0", null);
        long id = launch("EU");
        ProblemException e = assertThrows(ProblemException.class,
                () -> f.approvals.approve(id, "EU", null, null, Callers.planner("p")));
        assertEquals(409, e.status());
        assertEquals("PLANNED", f.launches.get(id).body().regions().get(0).status());
        assertTrue(f.events.topic(LaunchEvents.LAUNCH_APPROVED).isEmpty());
    }
}
