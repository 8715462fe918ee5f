package org.policyops.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.policyops.testing.Waiting;

import com.fasterxml.jackson.databind.JsonNode;

/** The platform as an administrator and a REST client meet it: features, health, authentication and error responses. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT extends PolicyOpsTestSupport {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    FeaturesService features;

    @Inject
    BundleContext bundleContext;

    @Inject
    org.osgi.service.cm.ConfigurationAdmin configAdmin;

    @Inject
    ServiceComponentRuntime scr;

    @Test
    public void everyPolicyOpsFeatureIsInstalled() throws Exception {
        for (String name : new String[] { "policyops", "policyops-core", "policyops-planning", "policyops-launches",
                "policyops-localization" }) {
            assertTrue(name + " should be installed", features.isInstalled(features.getFeature(name)));
        }
    }

    @Test
    public void healthShowsTheDatabaseAndEachDomain() throws Exception {
        Api.Response health = api().get("/api/health", null);
        assertEquals(health.toString(), 200, health.status());
        JsonNode body = health.json();
        assertEquals("UP", body.path("status").asText());
        assertEquals("UP", body.path("database").path("status").asText());
        for (String domain : new String[] { "planning", "launches", "localization" }) {
            assertEquals(domain + ": " + body, "UP", domain(body, domain).path("status").asText());
        }
        // Health speaks for the API too: the whiteboard serves every resource and extension the bundles declare.
        assertEquals(body.toString(), "UP", body.path("api").path("status").asText());
        assertTrue(body.toString(), body.path("api").path("detail").asText().startsWith("The whiteboard serves all "));
    }

    /** A domain of the health answer by name: domains are listed in bundle order, which features do not fix. */
    static JsonNode domain(JsonNode health, String name) {
        for (JsonNode d : health.path("domains")) {
            if (name.equals(d.path("name").asText())) {
                return d;
            }
        }
        throw new AssertionError("no domain " + name + " in " + health);
    }

    @Test
    public void healthIsDownWhileADomainIsStoppedAndUpAgainAfterwards() throws Exception {
        api();
        Bundle planning = bundle("org.policyops.planning");
        planning.stop();
        try {
            // The whiteboard re-publishes the application without planning's resources; health says when it is done.
            Api.Response down = api.awaitApiServed(Duration.ofSeconds(60));
            assertEquals(down.toString(), 503, down.status());
            assertEquals("DOWN", down.json().path("status").asText());
            assertEquals("DOWN", domain(down.json(), "planning").path("status").asText());
            assertTrue(domain(down.json(), "planning").path("detail").asText().contains("not active"));
            assertEquals("launches works without planning", "UP", domain(down.json(), "launches").path("status").asText());
            assertEquals("localization works without planning", "UP", domain(down.json(), "localization").path("status").asText());
        } finally {
            planning.start();
        }
        api.awaitHealthy(Duration.ofSeconds(60));
        assertEquals(200, api.get("/api/planning/policies?limit=1", "viewer").status());
    }

    @Test
    public void theConsoleListensOnLoopbackOnly() throws Exception {
        assertEquals("127.0.0.1", configAdmin.getConfiguration("org.apache.karaf.shell", null).getProperties().get("sshHost"));
        java.util.Dictionary<String, Object> jmx = configAdmin.getConfiguration("org.apache.karaf.management", null).getProperties();
        assertEquals("127.0.0.1", jmx.get("rmiRegistryHost"));
        assertEquals("127.0.0.1", jmx.get("rmiServerHost"));
    }

    /**
     * DS copies a component's configuration into its service properties, and the whiteboards take changed properties
     * for a service that left and came back: a configured JAX-RS resource or extension rebuilt the whole API (404s
     * meanwhile), a configured servlet filter let requests past it. Such components read their settings from a
     * service of their own bundle instead (core's RestSettings, metrics' ScrapeAccess).
     */
    @Test
    public void noWhiteboardServiceTakesAConfigurationOfItsOwn() {
        List<String> configured = new ArrayList<>();
        for (Bundle bundle : bundleContext.getBundles()) {
            if (!bundle.getSymbolicName().startsWith("org.policyops") && !bundle.getSymbolicName().startsWith("policyops")) {
                continue;
            }
            for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(bundle)) {
                boolean whiteboard = d.properties.keySet().stream().anyMatch(k -> k.equals("osgi.jaxrs.resource")
                        || k.equals("osgi.jaxrs.extension") || k.startsWith("osgi.http.whiteboard.filter")
                        || k.startsWith("osgi.http.whiteboard.servlet") || k.startsWith("osgi.http.whiteboard.resource"));
                // Every component has a PID, its own name by default; a named one is a configuration someone edits.
                boolean namedPid = !Arrays.asList(d.configurationPid).equals(List.of(d.name));
                if (whiteboard && namedPid && !"ignore".equals(d.configurationPolicy)) {
                    configured.add(bundle.getSymbolicName() + ": " + d.name + " " + Arrays.toString(d.configurationPid));
                }
            }
        }
        assertEquals(List.of(), configured);
    }

    @Test
    public void answersCarrySecurityHeadersAndCorsIsOffUntilAnOriginIsConfigured() throws Exception {
        Api.Response read = api().get("/api/planning/policies", "viewer");
        assertEquals("nosniff", read.header("X-Content-Type-Options"));
        assertEquals("DENY", read.header("X-Frame-Options"));
        assertEquals("no-store", read.header("Cache-Control"));
        assertEquals("default-src 'none'; frame-ancestors 'none'", read.header("Content-Security-Policy"));
        assertEquals("nosniff", api.get("/api/planning/policies", null).header("X-Content-Type-Options"));

        String origin = "http://dashboards.example.test:3000";
        Map<String, String> preflight = Map.of("Origin", origin, "Access-Control-Request-Method", "PUT",
                "Access-Control-Request-Headers", "authorization, if-match, content-type");
        Api.Response off = api.send("OPTIONS", "/api/planning/policies", null, null, null, preflight);
        assertProblem(off, 401);
        assertNull(off.header("Access-Control-Allow-Origin"));

        Configuration config = configAdmin.getConfiguration("org.policyops.rest", null);
        Dictionary<String, Object> original = config.getProperties();
        Dictionary<String, Object> cors = new Hashtable<>();
        if (original != null) {
            for (String k : Collections.list(original.keys())) {
                cors.put(k, original.get(k));
            }
        }
        cors.put("corsAllowedOrigins", new String[] { origin });
        config.update(cors);
        try {
            Api.Response on = Waiting.waitForAssert(Duration.ofSeconds(30), () -> {
                Api.Response r = api.send("OPTIONS", "/api/planning/policies", null, null, null, preflight);
                assertEquals(r.toString(), 204, r.status());
                return r;
            });
            assertEquals(origin, on.header("Access-Control-Allow-Origin"));
            assertTrue(on.header("Access-Control-Allow-Headers"), on.header("Access-Control-Allow-Headers").contains("If-Match"));
            assertTrue(on.header("Access-Control-Allow-Methods"), on.header("Access-Control-Allow-Methods").contains("PUT"));

            Api.Response fromThere = api.send("GET", "/api/planning/policies", "viewer", null, null, Map.of("Origin", origin));
            assertEquals(200, fromThere.status());
            assertEquals(fromThere.headers().toString(), origin, fromThere.header("Access-Control-Allow-Origin"));
            assertTrue(fromThere.header("Access-Control-Expose-Headers"), fromThere.header("Access-Control-Expose-Headers").contains("ETag"));

            Api.Response elsewhere = api.send("GET", "/api/planning/policies", "viewer", null, null,
                    Map.of("Origin", "http://elsewhere.example.test"));
            assertNull(elsewhere.header("Access-Control-Allow-Origin"));
            assertProblem(api.send("OPTIONS", "/api/planning/policies", null, null, null,
                    Map.of("Origin", "http://elsewhere.example.test", "Access-Control-Request-Method", "PUT")), 401);
        } finally {
            if (original == null) {
                config.delete();
            } else {
                config.update(original);
            }
        }
        Waiting.waitForAssert(Duration.ofSeconds(30), () -> assertEquals(401,
                api.send("OPTIONS", "/api/planning/policies", null, null, null, preflight).status()));
    }

    @Test
    public void readsNeedCredentials() throws Exception {
        Api.Response anonymous = api().get("/api/planning/policies", null);
        assertProblem(anonymous, 401);
        assertNotNull("401 must ask for Basic credentials", anonymous.header("WWW-Authenticate"));

        Api.Response wrongPassword = api.send("GET", "/api/planning/policies", null, null, null,
                Map.of("Authorization", Api.basic("planner", "not-the-password")));
        assertProblem(wrongPassword, 401);

        assertEquals(200, api.get("/api/planning/policies", "viewer").status());
    }

    @Test
    public void repeatedWrongPasswordsAreThrottledForTheUserOnly() throws Exception {
        Api api = api();
        Map<String, String> wrong = Map.of("Authorization", Api.basic("throttled", "not-the-password"));
        for (int i = 0; i < 5; i++) {
            assertProblem(api.send("GET", "/api/planning/policies", null, null, null, wrong), 401);
        }

        Api.Response refused = api.send("GET", "/api/planning/policies", null, null, null, wrong);
        assertProblem(refused, 429);
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue("Retry-After " + retryAfter, retryAfter >= 1 && retryAfter <= 60);
        assertEquals(retryAfter, refused.json().path("retryAfter").asInt());

        // Even the right password is refused while cooling down: otherwise a guesser could tell a hit by the answer.
        assertProblem(api.get("/api/planning/policies", "throttled"), 429);
        // Another user from the same address (20 failures would be needed to lock the address) is unaffected.
        assertEquals(200, api.get("/api/planning/policies", "viewer").status());
    }

    @Test
    public void passwordsAreStoredHashedInOwnerOnlyFiles() throws Exception {
        // Pax Exam wrote the test users' passwords in plain text; Karaf hashes each at its first login.
        assertEquals(200, api().get("/api/planning/policies", "trainer").status());

        java.nio.file.Path etc = java.nio.file.Paths.get(System.getProperty("karaf.etc"));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(etc.resolve("keys.properties"))));
        DistributionProcessIT.assertHashedInOwnerOnlyFile(etc.resolve("users.properties"), "trainer");
    }

    @Test
    public void writesNeedTheDomainRole() throws Exception {
        String key = uniqueKey();
        Api.Response byViewer = api().post("/api/planning/policies", "viewer", policy(key));
        assertProblem(byViewer, 403);
        Api.Response byTrainer = api.post("/api/planning/policies", "trainer", policy(key));
        assertProblem(byTrainer, 403);
        assertEquals(404, api.get("/api/planning/policies/" + key, "viewer").status());

        assertEquals(201, api.post("/api/planning/policies", "planner", policy(key)).status());
    }

    @Test
    public void malformedJsonIsRefusedAndNothingIsStored() throws Exception {
        String key = uniqueKey();
        Api.Response r = api().send("POST", "/api/planning/policies", "planner", "application/json",
                "{\"key\": \"" + key + "\", \"name\": \"Broken", Map.of());
        assertProblem(r, 400);
        assertTrue(r.body(), r.json().path("detail").asText().contains("not valid JSON"));
        assertEquals(404, api.get("/api/planning/policies/" + key, "planner").status());
    }

    @Test
    public void wrongTypesNameTheField() throws Exception {
        Map<String, Object> initiative = new java.util.HashMap<>(PlanningApiIT.initiative("Wrong types", "EU", "2031-Q2"));
        initiative.put("reach", "very many");
        Api.Response r = api().post("/api/planning/initiatives", "planner", initiative);
        assertProblem(r, 400);
        assertEquals("reach", r.json().path("errors").path(0).path("field").asText());
    }

    @Test
    public void missingFieldsAreAllNamed() throws Exception {
        Api.Response r = api().post("/api/planning/policies", "planner", Map.of("description", "no key, no name"));
        assertProblem(r, 400);
        String errors = r.json().path("errors").toString();
        for (String field : new String[] { "key", "name", "area", "owningTeam" }) {
            assertTrue(field + " should be named in " + errors, errors.contains("\"field\":\"" + field + "\""));
        }
    }

    @Test
    public void unknownFieldsAreRefused() throws Exception {
        Map<String, Object> body = new java.util.HashMap<>(policy(uniqueKey()));
        body.put("owner", "Policy EMEA");
        Api.Response r = api().post("/api/planning/policies", "planner", body);
        assertProblem(r, 400);
        assertEquals("owner", r.json().path("errors").path(0).path("field").asText());
    }

    @Test
    public void tooLargeBodiesAreRefusedAndNothingIsStored() throws Exception {
        String key = uniqueKey();
        Map<String, Object> body = new java.util.HashMap<>(policy(key));
        body.put("description", "x".repeat(1_100_000));
        Api.Response r = api().post("/api/planning/policies", "planner", body);
        assertProblem(r, 413);
        assertEquals(404, api.get("/api/planning/policies/" + key, "planner").status());
    }

    @Test
    public void otherMistakesGetProblemResponsesToo() throws Exception {
        assertProblem(api().get("/api/no-such-thing", "viewer"), 404);
        assertProblem(api.get("/api/planning/policies/no-such-policy", "viewer"), 404);

        Api.Response notAllowed = api.send("DELETE", "/api/planning/policies", "planner", null, null, Map.of());
        assertProblem(notAllowed, 405);

        Api.Response notJson = api.send("POST", "/api/planning/policies", "planner", "text/plain", "hello", Map.of());
        assertProblem(notJson, 415);
    }

    private static void assertProblem(Api.Response r, int status) {
        assertEquals(r.toString(), status, r.status());
        assertTrue("problem+json expected, got " + r.header("Content-Type"), r.header("Content-Type").startsWith(PROBLEM_JSON));
        assertEquals(status, r.json().path("status").asInt());
        assertTrue(r.json().path("title").asText().length() > 0);
        assertTrue(r.json().path("detail").asText().length() > 0);
        assertTrue("no stack traces in responses", !r.body().contains("\tat "));
    }

    static Map<String, Object> policy(String key) {
        return Map.of("key", key, "name", "Test policy " + key, "area", "Hate speech", "owningTeam", "Policy EMEA");
    }

    static String uniqueKey() {
        return "itest-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : bundleContext.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError(symbolicName + " is not installed");
    }
}
