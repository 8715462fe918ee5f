package org.policyops.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.policyops.api.RegionCode;
import org.policyops.api.training.CoverageInfo;
import org.policyops.api.training.TrainingCoverage;
import org.policyops.api.training.TrainingEvents;
import org.policyops.testing.Waiting;

import com.fasterxml.jackson.databind.JsonNode;

/** The training domain over REST, with planning installed beside it, as trainers, viewers and regional leads use it. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TrainingIT extends PolicyOpsTestSupport {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    BundleContext bundleContext;

    @Inject
    TrainingCoverage coverage;

    private static void assertProblem(Api.Response r, int status) {
        assertEquals(r.toString(), status, r.status());
        assertTrue("problem+json expected, got " + r.header("Content-Type"), r.header("Content-Type").startsWith(PROBLEM_JSON));
        assertEquals(status, r.json().path("status").asInt());
    }

    private static String id() {
        return PlatformIT.uniqueKey().substring("itest-".length());
    }

    private static Map<String, Object> course(String code, String policyKey, String version) {
        Map<String, Object> c = new HashMap<>();
        c.put("code", code);
        c.put("title", "Course " + code);
        c.put("policies", List.of(Map.of("policyKey", policyKey, "policyVersion", version)));
        c.put("modality", "E_LEARNING");
        c.put("durationMinutes", 60);
        c.put("locales", List.of("en", "de"));
        return c;
    }

    private static Map<String, Object> learner(String id, String region) {
        return Map.of("id", id, "name", "Test Learner " + id, "region", region, "roles", List.of("moderator"),
                "languages", List.of("en"), "team", "Trust & Safety Ops");
    }

    @Test
    public void sampleDataCoverageThroughTheServiceAndOverRest() throws Exception {
        api();
        CoverageInfo hs = coverage.coverage("hate-speech", RegionCode.of("EU"), "moderator");
        CoverageInfo cs = coverage.coverage("child-safety", RegionCode.of("EU"), "moderator");
        assertTrue(hs.toString(), hs.share() >= 0.9);
        assertTrue(cs.toString(), cs.share() < 0.9);
        // With planning installed, the current version is the catalog's version in force.
        assertEquals("3.0.0", hs.policyVersion());

        Api.Response rest = api.get("/api/training/coverage?policy=hate-speech&region=EU&role=moderator", "viewer");
        assertEquals(rest.toString(), 200, rest.status());
        assertEquals(hs.certified(), rest.json().path(0).path("certified").asLong());

        Api.Response gaps = api.get("/api/training/gaps?limit=100", "viewer");
        assertEquals(gaps.toString(), 200, gaps.status());
        assertTrue(gaps.body(), gaps.body().contains("\"policyKey\":\"child-safety\",\"region\":\"EU\""));
        assertEquals(1, gaps.json().path(0).path("rank").asInt());

        Api.Response effect = api.get("/api/training/effectiveness?policy=hate-speech&region=EU&cohort=2026-09&months=1", "viewer");
        assertEquals(effect.toString(), 200, effect.status());
        assertEquals(1200, effect.json().path("before").path("sampleSize").asInt());
        assertEquals("2026-10", effect.json().path("after").path("from").asText());
        assertProblem(api.get("/api/training/effectiveness?policy=hate-speech&region=EU&cohort=2026-9", "viewer"), 400);

        assertProblem(api.get("/api/training/coverage?region=EU", "viewer"), 400);
        assertProblem(api.get("/api/training/gaps?limit=ten", "viewer"), 400);
        assertProblem(api.get("/api/training/courses?limit=0", "viewer"), 400);
        assertEquals(401, api.get("/api/training/courses", null).status());
    }

    @Test
    public void rolesValidationAndConcurrentEdits() throws Exception {
        String code = "IT-" + id();
        assertProblem(api().post("/api/training/courses", "viewer", course(code, "hate-speech", "3.0.0")), 403);
        assertProblem(api.post("/api/training/courses", "planner", course(code, "hate-speech", "3.0.0")), 403);

        Map<String, Object> bad = course(code, "Hate Speech!", "3.x");
        bad.remove("title");
        Api.Response invalid = api.post("/api/training/courses", "trainer", bad);
        assertProblem(invalid, 400);
        List<String> fields = invalid.json().path("errors").findValuesAsText("field");
        assertTrue(fields.toString(), fields.containsAll(List.of("title", "policies[0].policyKey", "policies[0].policyVersion")));
        assertEquals(404, api.get("/api/training/courses/" + code, "viewer").status());

        Api.Response created = api.post("/api/training/courses", "trainer", course(code, "hate-speech", "3.0.0"));
        assertEquals(created.toString(), 201, created.status());
        String etag = created.header("ETag");
        assertNotNull(etag);
        Map<String, Object> changed = course(code, "hate-speech", "3.0.0");
        changed.put("title", "Renamed");
        assertProblem(api.put("/api/training/courses/" + code, "trainer", changed, "\"999\""), 412);
        Api.Response updated = api.put("/api/training/courses/" + code, "trainer", changed, etag);
        assertEquals(updated.toString(), 200, updated.status());
        assertEquals("Renamed", api.get("/api/training/courses/" + code, "viewer").json().path("title").asText());
        assertProblem(api.post("/api/training/courses", "admin", course(code, "hate-speech", "3.0.0")), 409);

        // A regional lead for EU and UK writes learners of its regions only.
        String us = "US-" + id();
        assertProblem(api.post("/api/training/learners", "lead-eu", learner(us, "US")), 403);
        String eu = "EU-" + id();
        assertEquals(201, api.post("/api/training/learners", "lead-eu", learner(eu, "EU")).status());
        assertEquals(201, api.post("/api/training/learners", "trainer", learner(us, "US")).status());
        assertProblem(api.put("/api/training/learners/" + us, "lead-eu", learner(us, "EU"), null), 403);
        assertProblem(api.post("/api/training/results", "lead-eu", Map.of("learner", us, "course", code, "score", 90)), 403);

        // A pass grants a certification; a trainer without train-the-trainer may not lead a session (409).
        Api.Response pass = api.post("/api/training/results", "trainer", Map.of("learner", eu, "course", code, "score", 91));
        assertEquals(pass.toString(), 201, pass.status());
        assertEquals("VALID", pass.json().path("certifications").path(0).path("status").asText());
        Api.Response status = api.get("/api/training/learners/" + eu + "/status", "viewer");
        assertEquals(status.toString(), 200, status.status());
        assertEquals(code, status.json().path("certifications").path(0).path("course").asText());
        Api.Response session = api.post("/api/training/sessions", "trainer", Map.of("course", code, "trainer", eu,
                "startsAt", "2027-02-01T09:00:00Z", "durationMinutes", 120, "locale", "de", "capacity", 10));
        assertProblem(session, 409);
        assertTrue(session.body(), session.json().path("detail").asText().contains("train-the-trainer"));
        // The sample EU trainer holds the train-the-trainer certification for HS-300.
        Api.Response ok = api.post("/api/training/sessions", "trainer", Map.of("course", "HS-300", "trainer", "EU-T01",
                "startsAt", "2027-02-01T09:00:00Z", "durationMinutes", 120, "locale", "de", "capacity", 1));
        assertEquals(ok.toString(), 201, ok.status());
        String sessionPath = "/api/training/sessions/" + ok.json().path("id").asLong() + "/enrolments";
        assertEquals(200, api.post(sessionPath, "trainer", Map.of("learner", eu)).status());
        assertProblem(api.post(sessionPath, "trainer", Map.of("learner", us)), 409);
    }

    @Test
    public void aCourseOnTwoPoliciesCertifiesOnEachOverRest() throws Exception {
        String code = "IT-" + id();
        Map<String, Object> twoPolicies = course(code, "hate-speech", "3.0.0");
        twoPolicies.put("policies", List.of(Map.of("policyKey", "hate-speech", "policyVersion", "3.0.0"),
                Map.of("policyKey", "violent-extremism", "policyVersion", "2.2.0")));
        Map<String, Object> duplicate = new HashMap<>(twoPolicies);
        duplicate.put("policies", List.of(Map.of("policyKey", "hate-speech"), Map.of("policyKey", "hate-speech")));
        Api.Response dup = api().post("/api/training/courses", "trainer", duplicate);
        assertProblem(dup, 400);
        assertEquals(List.of("policies[1].policyKey"), dup.json().path("errors").findValuesAsText("field"));
        Map<String, Object> none = new HashMap<>(twoPolicies);
        none.put("policies", List.of());
        assertEquals(List.of("policies"), api.post("/api/training/courses", "trainer", none).json().path("errors")
                .findValuesAsText("field"));

        Api.Response created = api.post("/api/training/courses", "trainer", twoPolicies);
        assertEquals(created.toString(), 201, created.status());
        assertEquals(List.of("hate-speech", "violent-extremism"), created.json().path("policies").findValuesAsText("policyKey"));
        String listed = api.get("/api/training/courses?policy=violent-extremism&limit=100", "viewer").body();
        assertTrue(listed, listed.contains("\"code\":\"" + code + "\"") && listed.contains("\"code\":\"HC-100\""));

        long hateBefore = coverage.coverage("hate-speech", RegionCode.of("EU"), "moderator").certified();
        long extremismBefore = coverage.coverage("violent-extremism", RegionCode.of("EU"), "moderator").certified();
        String learner = "EU-" + id();
        assertEquals(201, api.post("/api/training/learners", "trainer", learner(learner, "EU")).status());
        Api.Response pass = api.post("/api/training/results", "trainer", Map.of("learner", learner, "course", code, "score", 88));
        assertEquals(pass.toString(), 201, pass.status());
        JsonNode granted = pass.json().path("certifications");
        assertEquals(pass.body(), 2, granted.size());
        assertEquals(List.of("hate-speech", "violent-extremism"), granted.findValuesAsText("policyKey"));
        assertEquals(List.of("3.0.0", "2.2.0"), granted.findValuesAsText("policyVersion"));
        assertEquals(List.of("VALID", "VALID"), granted.findValuesAsText("status"));
        assertEquals(2, api.get("/api/training/certifications?learner=" + learner, "viewer").json().path("total").asInt());
        assertEquals(hateBefore + 1, coverage.coverage("hate-speech", RegionCode.of("EU"), "moderator").certified());
        assertEquals(extremismBefore + 1, coverage.coverage("violent-extremism", RegionCode.of("EU"), "moderator").certified());
    }

    @Test
    public void csvRoundTripWithBadRows() throws Exception {
        String a = "BR-" + id();
        String b = "IN-" + id();
        String csv = "id,name,region,roles,languages,team\n"
                + a + ",Rafaela Quispe,BR,moderator,pt-BR,Ops Americas\n"
                + "bad id!,Someone,BR,moderator,pt-BR,Ops Americas\n"
                + b + ",\"Iyengar, Kavya\",IN,moderator;qa-reviewer,hi;en,Ops APAC\n"
                + "IN-x,Nobody,INDIA!,moderator,hi,Ops APAC\n";
        long before = api().get("/api/training/learners?limit=1", "viewer").json().path("total").asLong();
        Api.Response refused = api.send("POST", "/api/training/learners/import", "trainer", "text/csv", csv, Map.of());
        assertProblem(refused, 400);
        assertEquals(List.of(3, 5), List.of(refused.json().path("badLines").path(0).asInt(), refused.json().path("badLines").path(1).asInt()));
        assertTrue(refused.body(), refused.body().contains("line 3: id") && refused.body().contains("line 5: region"));
        assertEquals(before, api.get("/api/training/learners?limit=1", "viewer").json().path("total").asLong());

        Api.Response skipped = api.send("POST", "/api/training/learners/import?skipInvalid=true", "trainer", "text/csv", csv, Map.of());
        assertEquals(skipped.toString(), 200, skipped.status());
        assertEquals(2, skipped.json().path("created").asInt());
        assertEquals(2, skipped.json().path("skipped").size());
        assertEquals("Iyengar, Kavya", api.get("/api/training/learners/" + b, "viewer").json().path("name").asText());

        Api.Response export = api.get("/api/training/learners/export", "viewer");
        assertEquals(export.toString(), 200, export.status());
        assertTrue(export.header("Content-Type").startsWith("text/csv"));
        assertTrue(export.body().contains(b + ",\"Iyengar, Kavya\",IN,moderator;qa-reviewer,hi;en,Ops APAC"));
        Api.Response again = api.send("POST", "/api/training/learners/import", "trainer", "text/csv", export.body(), Map.of());
        assertEquals(again.toString(), 200, again.status());
        assertEquals(0, again.json().path("created").asInt());
        assertEquals(0, again.json().path("updated").asInt());
        assertProblem(api.send("POST", "/api/training/learners/import", "viewer", "text/csv", csv, Map.of()), 403);

        String signals = "policyKey,region,period,sampleSize,missedViolations,wrongActions\n"
                + "hate-speech,BR,2026-11,500,40,5\nhate-speech,BR,2026-13,500,1,1\n";
        Api.Response q = api.send("POST", "/api/training/quality-signals/import", "trainer", "text/csv", signals, Map.of());
        assertProblem(q, 400);
        assertTrue(q.body(), q.body().contains("line 3: period"));
    }

    @Test
    public void aNewMajorPolicyVersionInEnforcementRequiresRecertification() throws Exception {
        List<Event> received = new CopyOnWriteArrayList<>();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, TrainingEvents.RECERTIFICATION_REQUIRED);
        ServiceRegistration<EventHandler> reg = bundleContext.registerService(EventHandler.class, received::add, props);
        try {
            String key = PlatformIT.uniqueKey();
            assertEquals(201, api().post("/api/planning/policies", "planner", PlatformIT.policy(key)).status());
            enforce(key, "1.0.0");
            String code = "IT-" + id();
            assertEquals(201, api.post("/api/training/courses", "trainer", course(code, key, "1.0.0")).status());
            String learner = "EU-" + id();
            assertEquals(201, api.post("/api/training/learners", "trainer", learner(learner, "EU")).status());
            Api.Response pass = api.post("/api/training/results", "trainer", Map.of("learner", learner, "course", code, "score", 95));
            assertEquals("VALID", pass.json().path("certifications").path(0).path("status").asText());
            assertEquals(1L, coverage.coverage(key, RegionCode.of("EU"), "moderator").certified());

            enforce(key, "2.0.0");
            // The enforcement reaches training as an event, delivered asynchronously.
            JsonNode cert = Waiting.waitForAssert(() -> {
                JsonNode c = api.get("/api/training/certifications?learner=" + learner, "viewer").json().path("items").path(0);
                assertEquals(String.valueOf(c), "RECERTIFICATION_REQUIRED", c.path("status").asText());
                return c;
            });
            assertTrue(cert.path("reason").asText().contains(key + " 2.0.0"));
            assertTrue(received.stream().anyMatch(e -> learner.equals(e.getProperty(TrainingEvents.PROP_LEARNER_ID))));
            CoverageInfo after = coverage.coverage(key, RegionCode.of("EU"), "moderator");
            assertEquals("2.0.0", after.policyVersion());
            assertEquals(0L, after.certified());
            assertFalse(api.get("/api/training/certifications?status=CURRENT&learner=" + learner, "viewer").body().contains(code));
        } finally {
            reg.unregister();
        }
    }

    /** Creates the version and moves it through every stage to enforcement, over planning's REST API. */
    private void enforce(String key, String version) throws Exception {
        Api.Response v = api().post("/api/planning/policies/" + key + "/versions", "planner",
                Map.of("version", version, "summary", "Version " + version));
        assertEquals(v.toString(), 201, v.status());
        for (String stage : new String[] { "TESTING", "TRAINING", "DEPLOYMENT", "ENFORCEMENT" }) {
            Api.Response moved = api.post("/api/planning/policies/" + key + "/versions/" + version + "/transitions",
                    "planner", Map.of("stage", stage));
            assertEquals(moved.toString(), 200, moved.status());
        }
    }
}
