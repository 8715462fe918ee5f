package org.policyops.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.policyops.api.LifecycleStage;
import org.policyops.api.tooling.ToolCatalog;
import org.policyops.api.tooling.ToolInfo;
import org.policyops.api.tooling.ToolKind;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The tooling registry in the distribution: the feature and its sample data, the catalog over REST with roles,
 * validation, ETags, status moves and dependency cycles, the Backstage catalog-info.yaml round trip, and a tool a
 * hot-deployed plugin contributes appearing and being marked gone.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ToolingIT extends PolicyOpsTestSupport {

    static final String TOOLS = "/api/tooling/tools";
    static final String CATALOG = "/api/tooling/catalog-info";

    @Inject
    FeaturesService features;

    @Inject
    ToolCatalog catalog;

    @Inject
    org.osgi.framework.BundleContext bundleContext;

    @Override
    protected List<Option> extraOptions() {
        return List.of(editConfigurationFilePut("etc/system.properties", "policyops.example.uk", System.getProperty("policyops.example.uk")));
    }

    static Map<String, Object> tool(String key, List<String> regions, List<String> dependsOn) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("key", key);
        t.put("name", "Tool " + key);
        t.put("kind", "TOOL");
        t.put("stages", List.of("TESTING"));
        t.put("ownerTeam", "Integrity Tooling");
        t.put("regions", regions);
        t.put("dependsOn", dependsOn);
        t.put("links", Map.of("docs", "https://docs.example/" + key, "support", "#" + key));
        return t;
    }

    @Test
    public void theFeatureIsInstalledWithItsSampleTools() throws Exception {
        assertTrue(features.isInstalled(features.getFeature("policyops-tooling")));
        JsonNode health = api().get("/api/health", null).json();
        assertTrue(health.toString(), health.toString().contains("tooling"));
        // The sample team's models (other tests of this class add models of their own).
        JsonNode models = api.get(TOOLS + "?kind=AI_MODEL&ownerTeam=Integrity%20ML&sort=name", "viewer").json();
        assertEquals(models.toString(), 2, models.path("total").asInt());
        for (LifecycleStage stage : LifecycleStage.values()) {
            assertFalse(stage + " has sample tools", catalog.tools(stage).isEmpty());
        }
        ToolInfo classifier = catalog.tool("hate-speech-classifier").orElseThrow();
        assertEquals(ToolKind.AI_MODEL, classifier.kind());
        assertEquals(List.of("hate-speech"), classifier.policies());
        Api.Response page = api.get(TOOLS + "?stage=deployment&limit=2&sort=-name", "viewer");
        assertEquals(page.toString(), 200, page.status());
        assertEquals(2, page.json().path("items").size());
        assertTrue(Integer.parseInt(page.header("X-Total-Count")) > 2);
        assertNotNull(page.header("Link"));
        Api.Response history = api.get(TOOLS + "/queue-manager-legacy/status", "viewer");
        assertEquals(List.of("PROPOSED", "PILOT", "PRODUCTION", "DEPRECATED"), texts(history.json(), "to"));
    }

    @Test
    public void theCatalogChecksRolesBodiesETagsStatusMovesAndCycles() throws Exception {
        String a = PlatformIT.uniqueKey();
        String b = a + "-b";
        assertEquals(401, api().post(TOOLS, null, tool(a, List.of(), List.of())).status());
        assertEquals(403, api.post(TOOLS, "viewer", tool(a, List.of(), List.of())).status());
        assertEquals(403, api.post(TOOLS, "trainer", tool(a, List.of(), List.of())).status());

        Map<String, Object> bad = tool("Not A Key", List.of("XX!"), List.of());
        bad.put("kind", "ROBOT");
        Api.Response invalid = api.post(TOOLS, "toolsmith", bad);
        assertEquals(invalid.toString(), 400, invalid.status());
        assertTrue(invalid.header("Content-Type").startsWith("application/problem+json"));
        assertTrue(invalid.body(), invalid.body().contains("\"key\"") && invalid.body().contains("\"kind\"")
                && invalid.body().contains("\"regions[0]\""));

        Api.Response created = api.post(TOOLS, "toolsmith", tool(a, List.of(), List.of()));
        assertEquals(created.toString(), 201, created.status());
        assertTrue(created.header("Location"), created.header("Location").endsWith(TOOLS + "/" + a));
        String etag = created.header("ETag");
        assertNotNull(etag);
        assertEquals(409, api.post(TOOLS, "toolsmith", tool(a, List.of(), List.of())).status());
        assertEquals(201, api.post(TOOLS, "admin", tool(b, List.of(), List.of(a))).status());

        Map<String, Object> rename = Map.of("name", "Renamed");
        assertEquals(428, api.patch(TOOLS + "/" + a, "toolsmith", rename, null).status());
        Api.Response patched = api.patch(TOOLS + "/" + a, "toolsmith", rename, etag);
        assertEquals(patched.toString(), 200, patched.status());
        assertEquals("Renamed", patched.json().path("name").asText());
        assertEquals(412, api.patch(TOOLS + "/" + a, "toolsmith", rename, etag).status());

        Api.Response cycle = api.patch(TOOLS + "/" + a, "toolsmith", Map.of("dependsOn", List.of(b)), "*");
        assertEquals(cycle.toString(), 409, cycle.status());
        assertTrue(cycle.body(), cycle.body().contains(a + " → " + b + " → " + a));

        assertEquals(200, api.post(TOOLS + "/" + a + "/status", "toolsmith", Map.of("status", "PILOT")).status());
        Api.Response skip = api.post(TOOLS + "/" + a + "/status", "toolsmith", Map.of("status", "RETIRED", "note", "x"));
        assertEquals(200, skip.status());
        Api.Response after = api.post(TOOLS + "/" + a + "/status", "toolsmith", Map.of("status", "PRODUCTION"));
        assertEquals(after.toString(), 409, after.status());
        assertTrue(after.body(), after.body().contains("RETIRED"));

        // Regional leads: their regions only (lead-eu leads EU and UK).
        assertEquals(201, api.post(TOOLS, "lead-eu", tool(a + "-eu", List.of("EU"), List.of())).status());
        assertEquals(403, api.post(TOOLS, "lead-eu", tool(a + "-us", List.of("US"), List.of())).status());
        assertEquals(403, api.patch(TOOLS + "/" + b, "lead-eu", rename, "*").status());

        assertEquals(409, api.delete(TOOLS + "/" + a, "toolsmith", "*").status());
        assertEquals(428, api.delete(TOOLS + "/" + b, "toolsmith", null).status());
        assertEquals(204, api.delete(TOOLS + "/" + b, "toolsmith", "*").status());
        assertEquals(204, api.delete(TOOLS + "/" + a, "toolsmith", "*").status());
        assertEquals(404, api.get(TOOLS + "/" + a, "viewer").status());
    }

    @Test
    public void catalogInfoYamlRoundTrips() throws Exception {
        Api.Response export = api().send("GET", CATALOG, "viewer", null, null, Map.of("Accept", "application/yaml"));
        assertEquals(export.toString(), 200, export.status());
        assertTrue(export.header("Content-Type"), export.header("Content-Type").startsWith("application/yaml"));
        assertTrue(export.body(), export.body().contains("kind: Component") && export.body().contains("spec:")
                && export.body().contains("policyops.org/stages"));

        Api.Response again = api.send("POST", CATALOG, "toolsmith", "application/yaml", export.body(), Map.of());
        assertEquals(again.toString(), 200, again.status());
        assertEquals(0, again.json().path("created").size());
        assertEquals(0, again.json().path("updated").size());
        assertTrue(again.json().path("unchanged").size() >= 12);

        String key = PlatformIT.uniqueKey();
        String yaml = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: " + key + "\n  annotations:\n"
                + "    policyops.org/stages: TRAINING\nspec:\n  type: service\n  lifecycle: experimental\n"
                + "  owner: group:default/policy-training-apac\n  dependsOn: [component:lms]\n";
        Api.Response imported = api.send("POST", CATALOG, "toolsmith", "application/yaml", yaml, Map.of());
        assertEquals(imported.toString(), 200, imported.status());
        JsonNode t = api.get(TOOLS + "/" + key, "viewer").json();
        assertEquals("PILOT", t.path("status").asText());
        assertEquals("policy-training-apac", t.path("ownerTeam").asText());
        assertEquals("[\"lms\"]", t.path("dependsOn").toString());

        Api.Response broken = api.send("POST", CATALOG, "toolsmith", "application/yaml", "kind: Component\nmetadata:\n  name: [x\n", Map.of());
        assertEquals(broken.toString(), 400, broken.status());
        assertTrue(broken.header("Content-Type").startsWith("application/problem+json"));
        assertTrue(broken.body(), broken.body().contains("line 4"));
        assertEquals(403, api.send("POST", CATALOG, "viewer", "application/yaml", yaml, Map.of()).status());
    }

    @Test
    public void aPluginsToolAppearsReadOnlyAndIsMarkedGoneWhenThePluginIsRemoved() throws Exception {
        api();
        String key = "uk-osa-risk-register";
        Path file = TestPlugins.drop(TestPlugins.artifact("policyops.example.uk"), "uk-pack-tooling.jar");
        try {
            TestPlugins.await("the UK pack's tool is registered", () -> {
                Api.Response r = api.get(TOOLS + "/" + key, "viewer");
                return r.status() == 200 && !r.json().path("gone").asBoolean();
            });
            JsonNode t = api.get(TOOLS + "/" + key, "viewer").json();
            assertEquals("UK compliance pack", t.path("providedBy").asText());
            assertEquals(List.of(key), texts(api.get(TOOLS + "?providedBy=UK%20compliance%20pack", "viewer").json().path("items"), "key"));
            Api.Response locked = api.patch(TOOLS + "/" + key, "toolsmith", Map.of("name", "Mine now"), "*");
            assertEquals(locked.toString(), 409, locked.status());
            assertTrue(locked.body(), locked.body().contains("UK compliance pack"));
        } finally {
            Files.deleteIfExists(file);
        }
        TestPlugins.await("the UK pack's tool is marked gone", () -> api.get(TOOLS + "/" + key, "viewer").json().path("gone").asBoolean());
        assertEquals(200, api.patch(TOOLS + "/" + key, "toolsmith", Map.of("name", "UK risk register (retired pack)"), "*").status());
    }

    @Test
    public void aiModelsAreEvaluatedReevaluatedOnANewPolicyVersionAndCountInLaunchReadiness() throws Exception {
        String policy = PlatformIT.uniqueKey();
        assertEquals(201, api().post("/api/planning/policies", "planner", PlatformIT.policy(policy)).status());
        String model = policy + "-classifier";
        Map<String, Object> body = tool(model, List.of(), List.of());
        body.put("kind", "AI_MODEL");
        body.put("status", "PILOT");
        body.put("policies", List.of(policy));
        assertEquals(201, api.post(TOOLS, "toolsmith", body).status());
        // Planning's first version: the model must be evaluated on it (the event arrives on its own schedule, so wait
        // for it before changing the model, or the two changes would meet: 412).
        assertEquals(201, api.post("/api/planning/policies/" + policy + "/versions", "planner",
                Map.of("version", "1.0", "summary", "First version")).status());
        TestPlugins.await("the model requires evaluation on 1.0.0", () -> api.get(TOOLS + "/" + model, "viewer").json()
                .path("reevaluationRequired").toString().contains(policy + "@1.0.0"));
        Api.Response th = api.put(TOOLS + "/" + model + "/thresholds", "toolsmith", Map.of("precision", 0.85, "recall", 0.75, "kappa", 0.6), "*");
        assertEquals(th.toString(), 200, th.status());
        assertEquals(0.85, th.json().path("thresholds").path("precision").asDouble(), 1e-9);
        assertEquals(409, api.post(TOOLS + "/lms/evaluations", "toolsmith", run(policy, "1.0.0", 90, 5, 10, 95)).status());
        assertEquals(403, api.post(TOOLS + "/" + model + "/evaluations", "viewer", run(policy, "1.0.0", 90, 5, 10, 95)).status());

        Api.Response passed = api.post(TOOLS + "/" + model + "/evaluations", "toolsmith", run(policy, "1.0.0", 90, 5, 10, 95));
        assertEquals(passed.toString(), 201, passed.status());
        assertTrue(passed.json().path("passed").asBoolean());
        assertEquals(200, passed.json().path("goldenSetSize").asInt());
        assertEquals("[]", api.get(TOOLS + "/" + model, "viewer").json().path("reevaluationRequired").toString());

        // Planning creates 1.1: the model must be evaluated again; a passing run on 1.1 clears it.
        assertEquals(201, api.post("/api/planning/policies/" + policy + "/versions", "planner",
                Map.of("version", "1.1", "summary", "Second version")).status());
        TestPlugins.await("the model requires re-evaluation on 1.1.0", () -> api.get(TOOLS + "/" + model, "viewer").json()
                .path("reevaluationRequired").toString().contains(policy + "@1.1.0"));
        assertEquals(201, api.post(TOOLS + "/" + model + "/evaluations", "toolsmith", run(policy, "1.1.0", 90, 5, 10, 95)).status());
        assertEquals("[]", api.get(TOOLS + "/" + model, "viewer").json().path("reevaluationRequired").toString());
        assertEquals(2, api.get(TOOLS + "/" + model + "/evaluations", "viewer").json().path("total").asInt());

        // The rule in the sample hate-speech v3.1 launch: the sample classifier passed on 3.1.0 in every locale it ran.
        long launch = -1;
        for (JsonNode l : api.get("/api/launches?limit=100", "viewer").json().path("items")) {
            if (l.path("title").asText().startsWith("Hate speech v3.1")) {
                launch = l.path("id").asLong();
            }
        }
        assertTrue("the sample hate-speech launch", launch > 0);
        JsonNode rule = aiRule(launch);
        assertEquals(rule.toString(), "PASS", rule.path("verdict").asText());
        Api.Response failing = api.post(TOOLS + "/hate-speech-classifier/evaluations", "toolsmith", run("hate-speech", "3.1.0", 40, 10, 20, 30));
        assertFalse(failing.json().path("passed").asBoolean());
        JsonNode failed = aiRule(launch);
        assertEquals(failed.toString(), "FAIL", failed.path("verdict").asText());
        assertTrue(failed.toString(), failed.toString().contains("hate-speech-classifier"));
    }

    @Test
    public void usageBatchesAreIdempotentAndAdoptionIsCountedPerToolAndRegion() throws Exception {
        JsonNode sample = api().get("/api/tooling/adoption?tool=label-qa&region=EU", "viewer").json();
        assertEquals(sample.toString(), 1, sample.size());
        assertEquals(40, sample.path(0).path("targetPopulation").asInt());
        assertTrue(sample.toString(), sample.path(0).path("active28").asInt() > 0);

        String key = PlatformIT.uniqueKey();
        assertEquals(201, api.post(TOOLS, "toolsmith", tool(key, List.of(), List.of())).status());
        assertEquals(200, api.put(TOOLS + "/" + key + "/population/EU", "toolsmith", Map.of("people", 4), null).status());
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        List<Map<String, Object>> batch = List.of(
                Map.of("tool", key, "user", "eu-a", "region", "EU", "day", today, "actions", 3),
                Map.of("tool", key, "user", "eu-b", "region", "EU", "day", today, "actions", 1));
        Api.Response first = api.post("/api/tooling/usage", "toolsmith", Map.of("rows", batch));
        assertEquals(first.toString(), 200, first.status());
        assertEquals(2, first.json().path("created").asInt());
        assertEquals(2, api.post("/api/tooling/usage", "toolsmith", Map.of("rows", batch)).json().path("unchanged").asInt());
        assertEquals(403, api.post("/api/tooling/usage", "viewer", Map.of("rows", batch)).status());
        assertEquals(403, api.post("/api/tooling/usage", "lead-eu", Map.of("rows", List.of(Map.of("tool", key, "user", "us-a",
                "region", "US", "day", today, "actions", 1)))).status());

        Api.Response bad = api.post("/api/tooling/usage", "toolsmith", Map.of("rows", List.of(
                Map.of("tool", key, "user", "eu-c", "region", "EU", "day", today, "actions", 1),
                Map.of("tool", key, "user", "eu-d", "region", "EU", "day", "yesterday", "actions", 1))));
        assertEquals(bad.toString(), 400, bad.status());
        assertTrue(bad.body(), bad.body().contains("rows[1].day"));

        JsonNode adoption = api.get("/api/tooling/adoption?tool=" + key, "viewer").json();
        assertEquals(adoption.toString(), 2, adoption.path(0).path("active7").asInt());
        assertEquals(0.5, adoption.path(0).path("adoption7").asDouble(), 1e-9);
        JsonNode trend = api.get("/api/tooling/adoption/" + key + "/trend?weeks=2", "viewer").json();
        assertEquals(trend.toString(), 2, trend.size());
        assertEquals(2, trend.path(1).path("activeUsers").asInt());
        assertEquals(404, api.get("/api/tooling/adoption/no-such-tool/trend", "viewer").status());
    }

    @Test
    public void usageComesAsCsvTooAndABadRowIsNamedByLineAndColumn() throws Exception {
        Api api = api();
        String key = PlatformIT.uniqueKey();
        assertEquals(201, api.post(TOOLS, "toolsmith", tool(key, List.of(), List.of())).status());
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String csv = "tool,user,region,day,actions\n" + key + ",eu-a," + "EU," + today + ",3\n" + key + ",us-a,US," + today + ",1\n";
        Api.Response first = api.send("POST", "/api/tooling/usage", "toolsmith", "text/csv", csv, Map.of());
        assertEquals(first.toString(), 200, first.status());
        assertEquals(2, first.json().path("created").asInt());
        assertEquals(2, api.send("POST", "/api/tooling/usage", "toolsmith", "text/csv", csv, Map.of()).json().path("unchanged").asInt());

        Api.Response bad = api.send("POST", "/api/tooling/usage", "toolsmith", "text/csv", "tool,user,region,day,actions\n"
                + key + ",eu-b,EU," + today + ",2\n" + key + ",eu-c,EU," + today + ",lots\n", Map.of());
        assertEquals(bad.toString(), 400, bad.status());
        assertTrue(bad.toString(), String.valueOf(bad.header("Content-Type")).startsWith("application/problem+json"));
        assertTrue(bad.body(), bad.body().contains("line 3: actions"));
        assertEquals(403, api.send("POST", "/api/tooling/usage", "lead-eu", "text/csv", csv, Map.of()).status());
        JsonNode adoption = api.get("/api/tooling/adoption?tool=" + key + "&region=EU", "viewer").json();
        assertEquals(adoption.toString(), 1, adoption.path(0).path("active7").asInt());
    }

    @Test
    public void aPopulationWithARoleIsTrainingsLearnersOfThatRole() throws Exception {
        Api api = api();
        // The sample LMS is meant for every moderator: training's sample moderators in each region.
        long moderators = api.get("/api/training/learners?region=EU&role=moderator&limit=1", "viewer").json().path("total").asLong();
        assertTrue("training's sample has moderators in the EU", moderators > 0);
        JsonNode lms = api.get("/api/tooling/adoption?tool=lms&region=EU", "viewer").json().path(0);
        assertEquals(lms.toString(), moderators, lms.path("targetPopulation").asLong());
        assertEquals("TRAINING_LEARNERS", lms.path("populationSource").asText());
        assertTrue(lms.toString(), lms.path("populationNote").isMissingNode() || lms.path("populationNote").isNull());

        String key = PlatformIT.uniqueKey();
        assertEquals(201, api.post(TOOLS, "toolsmith", tool(key, List.of(), List.of())).status());
        Api.Response set = api.put(TOOLS + "/" + key + "/population/EU", "toolsmith", Map.of("role", "moderator", "people", 7), null);
        assertEquals(set.toString(), 200, set.status());
        assertEquals(moderators, set.json().path("targetPopulation").asLong());
        assertEquals(7, set.json().path("people").asInt());
        Api.Response badRole = api.put(TOOLS + "/" + key + "/population/US", "toolsmith", Map.of("role", "Team Lead!"), null);
        assertEquals(400, badRole.status());
        assertTrue(badRole.body(), badRole.body().contains("role"));
    }

    @Test
    public void migrationsShowProgressOverdueRegionsAndPostStateEvents() throws Exception {
        List<org.osgi.service.event.Event> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.Dictionary<String, Object> props = new java.util.Hashtable<>();
        props.put(org.osgi.service.event.EventConstants.EVENT_TOPIC, org.policyops.api.tooling.ToolingEvents.MIGRATION_STATE_CHANGED);
        org.osgi.framework.ServiceRegistration<org.osgi.service.event.EventHandler> reg = bundleContext.registerService(
                org.osgi.service.event.EventHandler.class, events::add, props);
        try {
            JsonNode overdue = api().get("/api/tooling/migrations?overdue=true", "viewer").json();
            assertEquals(overdue.toString(), 1, overdue.path("total").asInt());
            JsonNode sample = overdue.path("items").path(0);
            assertEquals("[\"BR\"]", sample.path("overdueRegions").toString());
            assertTrue(sample.toString(), sample.path("progress").path(1).path("activeOnNew").asInt() > 0);

            Map<String, Object> body = Map.of("name", "LMS to the course authoring studio", "fromTools", List.of("lms"),
                    "toTool", "course-authoring", "cutovers", List.of(Map.of("region", "EU", "day", "2030-01-15")));
            assertEquals(403, api.post("/api/tooling/migrations", "viewer", body).status());
            Api.Response created = api.post("/api/tooling/migrations", "lead-eu", body);
            assertEquals(created.toString(), 201, created.status());
            long id = created.json().path("id").asLong();
            assertEquals("PLANNED", created.json().path("state").asText());
            // The request's fields as read can be changed and PUT back (with the ETag; without one, 428).
            com.fasterxml.jackson.databind.node.ObjectNode again = ((com.fasterxml.jackson.databind.node.ObjectNode) created.json())
                    .retain("name", "fromTools", "toTool", "cutovers");
            again.put("name", "LMS to the course authoring studio, EU first");
            assertEquals(428, api.put("/api/tooling/migrations/" + id, "lead-eu", again, null).status());
            Api.Response put = api.put("/api/tooling/migrations/" + id, "lead-eu", again, created.header("ETag"));
            assertEquals(put.toString(), 200, put.status());
            assertEquals("2030-01-15", put.json().path("cutovers").path(0).path("day").asText());
            Api.Response bad = api.post("/api/tooling/migrations", "toolsmith", Map.of("name", "x", "fromTools", List.of(),
                    "toTool", "lms", "cutovers", List.of(Map.of("region", "EU", "day", "2030-02-30"))));
            assertEquals(400, bad.status());
            assertTrue(bad.body(), bad.body().contains("fromTools") && bad.body().contains("cutovers[0].day"));
            assertEquals(200, api.post("/api/tooling/migrations/" + id + "/state", "toolsmith", Map.of("state", "IN_PROGRESS")).status());
            assertEquals(409, api.post("/api/tooling/migrations/" + id + "/state", "toolsmith", Map.of("state", "PLANNED")).status());
            TestPlugins.await("the state change event", () -> events.stream().anyMatch(e -> Long.valueOf(id).equals(
                    e.getProperty("migrationId")) && "IN_PROGRESS".equals(e.getProperty("state"))));
        } finally {
            reg.unregister();
        }
    }

    /** The tooling.ai-evaluated evaluation in the launch's EU region. */
    private JsonNode aiRule(long launch) {
        JsonNode report = api.get("/api/launches/" + launch + "/readiness?region=EU", "viewer").json();
        for (JsonNode r : report.path("regions").path(0).path("rules")) {
            if ("tooling.ai-evaluated".equals(r.path("ruleId").asText())) {
                return r;
            }
        }
        throw new AssertionError("no tooling.ai-evaluated in " + report);
    }

    private static Map<String, Object> run(String policy, String version, long tp, long fp, long fn, long tn) {
        return Map.of("policyKey", policy, "policyVersion", version, "locale", "en", "truePositives", tp,
                "falsePositives", fp, "falseNegatives", fn, "trueNegatives", tn);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }
}
