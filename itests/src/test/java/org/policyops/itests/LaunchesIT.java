package org.policyops.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.ComplianceRule;
import org.policyops.api.compliance.DomainEvent;
import org.policyops.api.compliance.Finding;
import org.policyops.api.compliance.Integration;
import org.policyops.api.compliance.RuleContext;
import org.policyops.api.compliance.RuleResult;
import org.policyops.api.compliance.Severity;
import org.policyops.api.launches.ComplianceRuntime;
import org.policyops.api.launches.IntegrationInfo;
import org.policyops.api.launches.LaunchEvents;
import org.policyops.testing.Waiting;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Launches, readiness and the compliance runtime in the distribution, over real HTTP: CRUD with validation and ETags,
 * readiness with rules registered from the test probe (one throws, one hangs: the platform stays healthy), shadow mode
 * by configuration, an approval refused by NO_GO then allowed by an administrator's audited override, regional leads'
 * limits, events and integrations, and time-to-deploy per region once enforcement starts.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LaunchesIT extends PolicyOpsTestSupport {

    static final String LAUNCHES = "/api/launches";

    @Inject
    BundleContext bundleContext;

    @Inject
    ConfigurationAdmin configAdmin;

    /** A version in TRAINING in the planning samples: the platform's version rule passes. */
    static Map<String, Object> launch(String title, String... regions) {
        return launchOf(title, "harassment-bullying", "2.0.0", regions);
    }

    static Map<String, Object> launchOf(String title, String key, String version, String... regions) {
        List<Map<String, Object>> list = new ArrayList<>();
        String target = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
        for (String r : regions) {
            list.add(Map.of("region", r, "targetDate", target));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("policyKey", key);
        body.put("policyVersion", version);
        body.put("regions", list);
        return body;
    }

    private long create(String user, Map<String, Object> body) throws Exception {
        Api.Response r = api().post(LAUNCHES, user, body);
        assertEquals(r.toString(), 201, r.status());
        return r.json().path("id").asLong();
    }

    private static List<String> fields(Api.Response r) {
        List<String> fields = new ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    private static JsonNode rule(JsonNode region, String id) {
        for (JsonNode r : region.path("rules")) {
            if (id.equals(r.path("ruleId").asText())) {
                return r;
            }
        }
        throw new AssertionError("no rule " + id + " in " + region);
    }

    private static void await(String what, Callable<Boolean> condition) {
        Waiting.waitUntil(what, condition);
    }

    /** Waits until the rules endpoint lists (or no longer lists) the rule, as the registry tracks it. */
    private void awaitRule(String id, boolean present) throws Exception {
        api();
        await("rule " + id + (present ? " registered" : " gone"),
                () -> api.get(LAUNCHES + "/rules", "viewer").body().contains("\"ruleId\":\"" + id + "\"") == present);
    }

    @Test
    public void theSampleLaunchesShowGoAndNoGoOutOfTheBox() throws Exception {
        JsonNode list = api().get(LAUNCHES + "?limit=100", "viewer").json();
        assertTrue(list.toString(), list.path("total").asInt() >= 8);
        long hateSpeech = -1;
        long harassment = -1;
        for (JsonNode l : list.path("items")) {
            if (l.path("title").asText().startsWith("Hate speech v3.1")) {
                hateSpeech = l.path("id").asLong();
            }
            if (l.path("title").asText().startsWith("Harassment & bullying v2.0")) {
                harassment = l.path("id").asLong();
            }
        }
        JsonNode noGo = api.get(LAUNCHES + "/" + hateSpeech + "/readiness", "viewer").json();
        assertEquals(noGo.toString(), 3, noGo.path("regions").size());
        JsonNode eu = noGo.path("regions").path(0);
        assertEquals("EU", eu.path("region").asText());
        assertEquals("NO_GO", eu.path("readiness").asText());
        assertEquals("FAIL", rule(eu, "platform.version-ready").path("verdict").asText());
        assertTrue(eu.path("blockingRules").toString().contains("platform.version-ready"));
        assertEquals("org.policyops.launches", rule(eu, "platform.version-ready").path("plugin").asText());

        JsonNode go = api.get(LAUNCHES + "/" + harassment + "/readiness?region=BR", "viewer").json();
        assertEquals(1, go.path("regions").size());
        assertEquals("GO", go.path("regions").path(0).path("readiness").asText());
        assertEquals("PASS", rule(go.path("regions").path(0), "platform.version-ready").path("verdict").asText());

        // The last readiness is shown on the launch.
        JsonNode detail = api.get(LAUNCHES + "/" + harassment, "viewer").json();
        assertEquals("GO", detail.path("regions").path(0).path("lastReadiness").asText());
        // The sample override is listed.
        assertTrue(api.get(LAUNCHES + "?policy=suicide-self-harm", "viewer").body().contains("\"overridden\":true"));
    }

    @Test
    public void launchesAreCreatedValidatedReadAndUpdatedWithETags() throws Exception {
        Api.Response bad = api().post(LAUNCHES, "planner", Map.of("title", " ", "policyKey", "Bad Key", "policyVersion", "x",
                "regions", List.of(Map.of("region", "EUROPE!!", "targetDate", "soon"))));
        assertEquals(bad.toString(), 400, bad.status());
        assertEquals(List.of("title", "policyKey", "policyVersion", "regions[0].region", "regions[0].targetDate"), fields(bad));

        Api.Response unknown = api.post(LAUNCHES, "planner", launchOf("Unknown version", "harassment-bullying", "9.9.9", "EU"));
        assertEquals(unknown.toString(), 400, unknown.status());
        assertEquals(List.of("policyVersion"), fields(unknown));
        assertTrue(unknown.body(), unknown.body().contains("its versions are"));

        Api.Response forbidden = api.post(LAUNCHES, "viewer", launch("Viewer", "EU"));
        assertEquals(forbidden.toString(), 403, forbidden.status());

        Api.Response created = api.post(LAUNCHES, "planner", launch("Harassment v2.0 — Nordics", "SE", "FI"));
        assertEquals(created.toString(), 201, created.status());
        long id = created.json().path("id").asLong();
        assertTrue(created.header("Location").endsWith(LAUNCHES + "/" + id));
        String etag = created.header("ETag");
        assertNotNull(etag);
        assertEquals("PLANNED", created.json().path("status").asText());

        Api.Response read = api.get(LAUNCHES + "/" + id, "viewer");
        assertEquals(etag, read.header("ETag"));
        Map<String, Object> change = launch("Harassment v2.0 — Nordics and Denmark", "SE", "FI", "DK");
        Api.Response updated = api.put(LAUNCHES + "/" + id, "planner", change, etag);
        assertEquals(updated.toString(), 200, updated.status());
        assertEquals(3, updated.json().path("regions").size());
        Api.Response stale = api.put(LAUNCHES + "/" + id, "planner", change, etag);
        assertEquals(stale.toString(), 412, stale.status());
        assertEquals("application/problem+json", stale.header("Content-Type"));

        assertEquals(404, api.get(LAUNCHES + "/999999", "viewer").status());
        assertEquals(400, api.get(LAUNCHES + "?status=DONE", "viewer").status());
        JsonNode filtered = api.get(LAUNCHES + "?region=DK&policy=harassment-bullying", "viewer").json();
        assertEquals(1, filtered.path("total").asInt());

        Api.Response cancelled = api.post(LAUNCHES + "/" + id + "/regions/DK/cancel", "planner", null);
        assertEquals(cancelled.toString(), 200, cancelled.status());
        assertEquals("CANCELLED", cancelled.json().path("regions").path(2).path("status").asText());
        Api.Response all = api.post(LAUNCHES + "/" + id + "/cancel", "planner", null);
        assertEquals("CANCELLED", all.json().path("status").asText());
    }

    /** A rule registered from the probe, as a plugin bundle would. */
    static ComplianceRule probeRule(String id, Severity severity, String region, RuleBody body) {
        return new ComplianceRule() {
            public String id() {
                return id;
            }

            public String title() {
                return "Integration test rule " + id;
            }

            public String description() {
                return "registered by LaunchesIT";
            }

            public Set<RegionCode> regions() {
                return Set.of(RegionCode.of(region));
            }

            public Severity severity() {
                return severity;
            }

            public RuleResult evaluate(RuleContext context) throws Exception {
                return body.evaluate(context);
            }
        };
    }

    interface RuleBody {
        RuleResult evaluate(RuleContext context) throws Exception;
    }

    @Test
    public void aThrowingRuleIsErrorAHangingOneTimeoutAndThePlatformStaysHealthy() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<ServiceRegistration<ComplianceRule>> regs = new ArrayList<>();
        regs.add(bundleContext.registerService(ComplianceRule.class, probeRule("itest.throws", Severity.BLOCKER, "JP", c -> {
            throw new IllegalStateException("plugin bug: no translation for ja");
        }), null));
        regs.add(bundleContext.registerService(ComplianceRule.class, probeRule("itest.hangs", Severity.BLOCKER, "JP", c -> {
            while (true) {
                try {
                    release.await();
                    return RuleResult.pass();
                } catch (InterruptedException ignored) {
                    // a plugin that swallows interrupts and keeps waiting
                }
            }
        }), null));
        regs.add(bundleContext.registerService(ComplianceRule.class, probeRule("itest.evidence", Severity.INFO, "JP",
                c -> c.launch().evidence().stream().anyMatch(e -> e.requirementId().equals("JP-TEST-1"))
                        ? RuleResult.pass(Finding.of("evidence seen")) : RuleResult.fail(Finding.of("no evidence"))), null));
        try {
            awaitRule("itest.evidence", true);
            long id = create("planner", launch("Harassment v2.0 — Japan", "JP"));
            Api.Response evidence = api.post(LAUNCHES + "/evidence", "planner", Map.of("requirementId", "JP-TEST-1",
                    "region", "JP", "policyKey", "harassment-bullying", "reference", "doc://jp/1", "summary", "Reviewed"));
            assertEquals(evidence.toString(), 201, evidence.status());

            // The hanging rule is released only after the test: that readiness answers at all shows its time bound.
            Api.Response r = api.get(LAUNCHES + "/" + id + "/readiness?region=JP", "viewer");
            assertEquals(r.toString(), 200, r.status());
            JsonNode jp = r.json().path("regions").path(0);
            assertEquals("NO_GO", jp.path("readiness").asText());
            JsonNode thrown = rule(jp, "itest.throws");
            assertEquals("ERROR", thrown.path("verdict").asText());
            assertTrue(thrown.toString(), thrown.path("findings").path(0).path("message").asText()
                    .contains("IllegalStateException: plugin bug: no translation for ja"));
            assertTrue(thrown.path("blocking").asBoolean());
            JsonNode hung = rule(jp, "itest.hangs");
            assertEquals("TIMEOUT", hung.path("verdict").asText());
            assertEquals(2000, hung.path("durationMillis").asLong());
            assertTrue(hung.path("plugin").asText(), hung.path("plugin").asText().length() > 0);
            assertEquals("PASS", rule(jp, "itest.evidence").path("verdict").asText());
            assertEquals("PASS", rule(jp, "platform.version-ready").path("verdict").asText());

            // The platform stays healthy and a second evaluation does not wait for the rule that still hangs.
            assertEquals(200, api.get("/api/health", null).status());
            // Judged by what the rule reports, not by wall-clock time, which a loaded machine stretches.
            JsonNode again = api.get(LAUNCHES + "/" + id + "/readiness?region=JP", "viewer").json().path("regions").path(0);
            assertTrue(rule(again, "itest.hangs").toString(), rule(again, "itest.hangs").path("durationMillis").asLong() < 2000);
            assertTrue(rule(again, "itest.hangs").path("findings").path(0).path("message").asText().startsWith("Not run"));
            assertEquals(200, api.get(LAUNCHES + "?limit=1", "viewer").status());
        } finally {
            release.countDown();
            regs.forEach(ServiceRegistration::unregister);
        }
        awaitRule("itest.throws", false);
    }

    @Test
    public void aRuleInShadowModeByConfigurationIsReportedButNeverBlocks() throws Exception {
        ServiceRegistration<ComplianceRule> reg = bundleContext.registerService(ComplianceRule.class,
                probeRule("itest.shadowed", Severity.BLOCKER, "KR", c -> RuleResult.fail(Finding.of("new rule on trial"))), null);
        Configuration config = configAdmin.getConfiguration("org.policyops.launches", null);
        Dictionary<String, Object> original = config.getProperties();
        try {
            awaitRule("itest.shadowed", true);
            long id = create("planner", launch("Harassment v2.0 — Korea", "KR"));
            JsonNode before = api.get(LAUNCHES + "/" + id + "/readiness", "viewer").json().path("regions").path(0);
            assertEquals("NO_GO", before.path("readiness").asText());

            Dictionary<String, Object> shadow = new Hashtable<>();
            if (original != null) {
                for (String k : java.util.Collections.list(original.keys())) {
                    shadow.put(k, original.get(k));
                }
            }
            shadow.put("shadowRules", new String[] { "itest.shadowed" });
            config.update(shadow);
            await("shadow mode applied", () -> api.get(LAUNCHES + "/rules", "viewer").json().path("items").toString()
                    .contains("\"ruleId\":\"itest.shadowed\"") && shadowFlag("itest.shadowed"));

            JsonNode after = api.get(LAUNCHES + "/" + id + "/readiness", "viewer").json().path("regions").path(0);
            assertEquals("GO", after.path("readiness").asText());
            JsonNode r = rule(after, "itest.shadowed");
            assertTrue(r.path("shadow").asBoolean());
            assertFalse(r.path("blocking").asBoolean());
            assertEquals("FAIL", r.path("verdict").asText());
            Api.Response approved = api.post(LAUNCHES + "/" + id + "/regions/KR/approval", "planner", null);
            assertEquals(approved.toString(), 200, approved.status());
        } finally {
            if (original == null) {
                config.delete();
            } else {
                config.update(original);
            }
            reg.unregister();
        }
        await("shadow mode off", () -> !shadowFlag("itest.shadowed"));
    }

    private boolean shadowFlag(String ruleId) {
        for (JsonNode r : api.get(LAUNCHES + "/rules", "viewer").json().path("items")) {
            if (ruleId.equals(r.path("ruleId").asText())) {
                return r.path("shadow").asBoolean();
            }
        }
        return false;
    }

    @Test
    public void aNoGoApprovalIsRefusedThenAllowedByAnAuditedAdministratorOverride() throws Exception {
        // hate-speech 3.1.0 is in TESTING in the samples: platform.version-ready blocks.
        long id = create("planner", launchOf("Hate speech v3.1 — Australia", "hate-speech", "3.1.0", "AU"));
        String approval = LAUNCHES + "/" + id + "/regions/AU/approval";
        Api.Response refused = api.post(approval, "planner", null);
        assertEquals(refused.toString(), 409, refused.status());
        assertEquals("NO_GO", refused.json().path("readiness").asText());
        assertEquals("platform.version-ready", refused.json().path("blockingRules").path(0).path("ruleId").asText());
        assertTrue(refused.json().path("detail").asText().contains("override"));

        Api.Response notAdmin = api.post(approval, "planner", Map.of("override", true, "reason", "deadline"));
        assertEquals(notAdmin.toString(), 403, notAdmin.status());
        Api.Response noReason = api.post(approval, "admin", Map.of("override", true));
        assertEquals(noReason.toString(), 400, noReason.status());
        assertEquals(List.of("reason"), fields(noReason));

        String reason = "eSafety Commissioner deadline; training completes before the target date";
        Api.Response overridden = api.post(approval, "admin", Map.of("override", true, "reason", reason));
        assertEquals(overridden.toString(), 200, overridden.status());
        JsonNode au = overridden.json().path("regions").path(0);
        assertEquals("APPROVED", au.path("status").asText());
        assertTrue(au.path("overridden").asBoolean());
        assertEquals(1, overridden.json().path("overrides").size());

        JsonNode overrides = api.get(LAUNCHES + "/" + id + "/overrides", "viewer").json();
        assertEquals(1, overrides.path("total").asInt());
        JsonNode o = overrides.path("items").path(0);
        assertEquals("admin", o.path("overriddenBy").asText());
        assertEquals(reason, o.path("reason").asText());
        assertEquals("AU", o.path("region").asText());
        assertEquals("platform.version-ready", o.path("blockingRules").path(0).path("ruleId").asText());
        assertEquals("FAIL", o.path("blockingRules").path(0).path("verdict").asText());
        assertNotNull(o.path("overriddenAt").textValue());

        Api.Response twice = api.post(approval, "admin", Map.of("override", true, "reason", reason));
        assertEquals(twice.toString(), 409, twice.status());
    }

    @Test
    public void regionalLeadsActOnlyInTheirRegions() throws Exception {
        Api.Response outside = api().post(LAUNCHES, "lead-eu", launch("Lead's launch", "EU", "US"));
        assertEquals(outside.toString(), 403, outside.status());
        long own = create("lead-eu", launch("Lead's launch", "UK"));
        assertEquals(200, api.post(LAUNCHES + "/" + own + "/regions/UK/approval", "lead-eu", null).status());

        long mixed = create("planner", launch("Planner's launch", "EU", "US"));
        assertEquals(200, api.post(LAUNCHES + "/" + mixed + "/regions/EU/approval", "lead-eu", null).status());
        assertEquals(403, api.post(LAUNCHES + "/" + mixed + "/regions/US/approval", "lead-eu", null).status());
        assertEquals(403, api.post(LAUNCHES + "/" + mixed + "/cancel", "lead-eu", null).status());

        Map<String, Object> evidence = new HashMap<>(Map.of("requirementId", "UK-OSA-9", "region", "US", "policyKey",
                "harassment-bullying", "reference", "doc://x"));
        assertEquals(403, api.post(LAUNCHES + "/evidence", "lead-eu", evidence).status());
        evidence.put("region", "UK");
        Api.Response recorded = api.post(LAUNCHES + "/evidence", "lead-eu", evidence);
        assertEquals(recorded.toString(), 201, recorded.status());
        assertEquals("lead-eu", recorded.json().path("recordedBy").asText());
        JsonNode listed = api.get(LAUNCHES + "/evidence?policy=harassment-bullying&region=UK", "viewer").json();
        assertTrue(listed.path("total").asInt() >= 1);
    }

    @Test
    public void eventsReachSubscribersAndIntegrationsAfterEachCommit() throws Exception {
        List<Event> events = new CopyOnWriteArrayList<>();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, "org/policyops/launches/*");
        ServiceRegistration<EventHandler> handler = bundleContext.registerService(EventHandler.class, events::add, props);
        List<DomainEvent> delivered = new CopyOnWriteArrayList<>();
        ServiceRegistration<Integration> recording = bundleContext.registerService(Integration.class,
                integration("itest.recording", delivered::add), null);
        ServiceRegistration<Integration> failing = bundleContext.registerService(Integration.class,
                integration("itest.failing", e -> {
                    throw new IllegalStateException("endpoint answered 503");
                }), null);
        try {
            long id = create("planner", launch("Harassment v2.0 — Mexico", "MX"));
            assertEquals(200, api.post(LAUNCHES + "/" + id + "/regions/MX/approval", "planner", null).status());
            assertEquals(200, api.post(LAUNCHES + "/" + id + "/regions/MX/enforcement", "planner", null).status());
            Set<String> expected = new TreeSet<>(List.of(LaunchEvents.LAUNCH_CREATED, LaunchEvents.READINESS_CHANGED,
                    LaunchEvents.LAUNCH_APPROVED, LaunchEvents.ENFORCEMENT_STARTED));
            await("events " + events, () -> topics(events, id).containsAll(expected));
            Event approved = events.stream().filter(e -> e.getTopic().equals(LaunchEvents.LAUNCH_APPROVED)
                    && Long.valueOf(id).equals(e.getProperty(LaunchEvents.PROP_LAUNCH_ID))).findFirst().orElseThrow();
            assertEquals("MX", approved.getProperty(LaunchEvents.PROP_REGION));
            assertEquals("GO", approved.getProperty(LaunchEvents.PROP_READINESS));
            assertEquals(false, approved.getProperty(LaunchEvents.PROP_OVERRIDE));
            assertEquals("planner", approved.getProperty(LaunchEvents.PROP_BY));

            await("integration deliveries", () -> delivered.stream().filter(e -> Long.valueOf(id)
                    .equals(e.properties().get(LaunchEvents.PROP_LAUNCH_ID))).count() >= 4);
            ServiceReference<ComplianceRuntime> ref = bundleContext.getServiceReference(ComplianceRuntime.class);
            ComplianceRuntime runtime = bundleContext.getService(ref);
            try {
                await("failures counted", () -> info(runtime, "itest.failing").failed() >= 4);
                IntegrationInfo f = info(runtime, "itest.failing");
                assertEquals("java.lang.IllegalStateException: endpoint answered 503", f.lastError());
                assertTrue(info(runtime, "itest.recording").delivered() >= 4);
                assertEquals(0, info(runtime, "itest.recording").failed());
                assertTrue(runtime.rules().stream().anyMatch(r -> r.id().equals("platform.version-ready")));
                assertEquals(id, runtime.launches(1).get(0).id());
                assertTrue(runtime.readiness(id, RegionCode.of("MX")).isPresent());
            } finally {
                bundleContext.ungetService(ref);
            }
        } finally {
            handler.unregister();
            recording.unregister();
            failing.unregister();
        }
    }

    private static IntegrationInfo info(ComplianceRuntime runtime, String id) {
        return runtime.integrations().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private static Set<String> topics(List<Event> events, long launchId) {
        Set<String> topics = new TreeSet<>();
        for (Event e : events) {
            if (Long.valueOf(launchId).equals(e.getProperty(LaunchEvents.PROP_LAUNCH_ID))) {
                topics.add(e.getTopic());
            }
        }
        return topics;
    }

    interface Delivery {
        void deliver(DomainEvent event) throws Exception;
    }

    static Integration integration(String id, Delivery delivery) {
        return new Integration() {
            public String id() {
                return id;
            }

            public String type() {
                return "itest";
            }

            public String description() {
                return "registered by LaunchesIT";
            }

            public Set<String> topics() {
                return Set.of("org/policyops/launches/*");
            }

            public void deliver(DomainEvent event) throws Exception {
                delivery.deliver(event);
            }
        };
    }

    @Test
    public void withoutPlanningLaunchesHoldPoliciesByKeyAndSaySoInReadiness() throws Exception {
        api();
        org.osgi.framework.Bundle planning = null;
        for (org.osgi.framework.Bundle b : bundleContext.getBundles()) {
            if ("org.policyops.planning".equals(b.getSymbolicName())) {
                planning = b;
            }
        }
        assertNotNull(planning);
        planning.stop();
        try {
            await("the policy catalog is gone", () -> bundleContext.getServiceReference(
                    org.policyops.api.planning.PolicyCatalog.class) == null);
            // Stopping a bundle with resources makes the whiteboard re-publish the application; health says when.
            api.awaitApiServed(Duration.ofSeconds(60));
            // Not in any catalog: accepted by key.
            long id = create("planner", launchOf("Spam v9 — Indonesia", "spam-scams", "9.0.0", "ID"));
            JsonNode id0 = api.get(LAUNCHES + "/" + id + "/readiness", "viewer").json().path("regions").path(0);
            JsonNode version = rule(id0, "platform.version-ready");
            assertEquals("NOT_APPLICABLE", version.path("verdict").asText());
            assertTrue(version.toString(), version.path("findings").path(0).path("message").asText()
                    .contains("planning feature is not installed"));
            assertEquals("GO", id0.path("readiness").asText());
            assertEquals(200, api.post(LAUNCHES + "/" + id + "/regions/ID/approval", "planner", null).status());
        } finally {
            planning.start();
        }
        api.awaitHealthy(Duration.ofSeconds(60));
        assertEquals(200, api.get("/api/planning/policies?limit=1", "viewer").status());
    }

    @Test
    public void timeToDeployPerRegionOnceEnforcementStarts() throws Exception {
        // A policy of our own whose version entered development 40 days ago and was approved today.
        String key = PlatformIT.uniqueKey();
        assertEquals(201, api().post("/api/planning/policies", "planner", PlatformIT.policy(key)).status());
        String started = java.time.Instant.now().minus(Duration.ofDays(40)).toString();
        assertEquals(201, api.post("/api/planning/policies/" + key + "/versions", "planner",
                Map.of("version", "1.0.0", "summary", "First", "startedAt", started)).status());
        String transitions = "/api/planning/policies/" + key + "/versions/1.0.0/transitions";
        assertEquals(200, api.post(transitions, "planner", Map.of("stage", "TESTING")).status());
        assertEquals(200, api.post(transitions, "planner", Map.of("stage", "TRAINING")).status());
        assertEquals(200, api.patch("/api/planning/policies/" + key + "/versions/1.0.0", "planner",
                Map.of("status", "APPROVED"), "*").status());

        long id = create("planner", launchOf("Own policy — Chile", key, "1.0.0", "CL"));
        // A body needs its Content-Type; without body, none is needed: `curl -X POST` sends neither (the docs do so).
        assertEquals(415, api.send("POST", LAUNCHES + "/" + id + "/regions/CL/approval", "planner", null, "{}", Map.of()).status());
        Api.Response approved = api.send("POST", LAUNCHES + "/" + id + "/regions/CL/approval", "planner", null, null, Map.of());
        assertEquals(approved.toString(), 200, approved.status());
        Api.Response enforcing = api.send("POST", LAUNCHES + "/" + id + "/regions/CL/enforcement", "planner", null, null, Map.of());
        assertEquals(enforcing.toString(), 200, enforcing.status());
        assertEquals("ENFORCING", enforcing.json().path("regions").path(0).path("status").asText());
        assertEquals("COMPLETED", enforcing.json().path("status").asText());

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonNode report = api.get(LAUNCHES + "/time-to-deploy?from=" + today + "&to=" + today, "viewer").json();
        JsonNode row = null;
        for (JsonNode r : report.path("regions")) {
            if (r.path("launchId").asLong() == id) {
                row = r;
            }
        }
        assertNotNull(report.toString(), row);
        assertEquals(40.0, row.path("developmentToEnforcementDays").asDouble(), 0.1);
        assertTrue(row.toString(), row.path("approvalToEnforcementDays").asDouble() < 1);
        JsonNode cl = null;
        for (JsonNode s : report.path("quartersByRegion")) {
            if ("CL".equals(s.path("region").asText())) {
                cl = s;
            }
        }
        assertNotNull(report.toString(), cl);
        assertEquals(1, cl.path("count").asInt());
        assertEquals(1, cl.path("approvedCount").asInt());

        // Planning's report shows the same figures per region, since launches is installed.
        JsonNode planning = api.get("/api/planning/time-to-deploy?from=" + today + "&to=" + today, "viewer").json();
        assertTrue(planning.toString(), planning.path("quartersByRegion").toString().contains("\"region\":\"CL\""));

        Api.Response badDates = api.get(LAUNCHES + "/time-to-deploy?from=" + today, "viewer");
        assertEquals(400, badDates.status());
        assertEquals(List.of("to"), fields(badDates));
    }
}
