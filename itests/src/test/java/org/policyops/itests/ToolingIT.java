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
        JsonNode models = api.get(TOOLS + "?kind=AI_MODEL&sort=name", "viewer").json();
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

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }
}
