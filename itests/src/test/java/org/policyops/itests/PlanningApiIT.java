package org.policyops.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.LinkedHashMap;
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
import org.policyops.testing.Waiting;

import com.fasterxml.jackson.databind.JsonNode;

/** The policy catalog and the planning portfolio over REST, as planners, viewers and regional leads use them. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlanningApiIT extends PolicyOpsTestSupport {

    @Inject
    BundleContext bundleContext;

    @Test
    public void theDemoDistributionComesWithSampleData() throws Exception {
        JsonNode policies = api().get("/api/planning/policies?limit=100", "viewer").json();
        assertTrue("a dozen policies expected, got " + policies.path("total"), policies.path("total").asInt() >= 12);
        assertTrue(policies.toString().contains("\"key\":\"hate-speech\""));
        assertTrue(policies.toString().contains("\"key\":\"child-safety\""));

        JsonNode initiatives = api.get("/api/planning/initiatives?limit=100", "viewer").json();
        assertTrue(initiatives.path("total").asInt() >= 20);
        JsonNode hateSpeech = api.get("/api/planning/policies/hate-speech", "viewer").json();
        assertTrue("hate-speech has versions", hateSpeech.path("versions").size() >= 1);
    }

    @Test
    public void aPolicyVersionMovesForwardThroughItsLifecycleAndPostsEvents() throws Exception {
        List<Event> events = new CopyOnWriteArrayList<>();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, "org/policyops/planning/*");
        ServiceRegistration<EventHandler> reg = bundleContext.registerService(EventHandler.class, events::add, props);
        try {
            String key = PlatformIT.uniqueKey();
            Api.Response created = api().post("/api/planning/policies", "planner", PlatformIT.policy(key));
            assertEquals(created.toString(), 201, created.status());
            assertTrue(created.header("Location").endsWith("/api/planning/policies/" + key));
            assertNotNull(created.header("ETag"));

            Api.Response version = api.post("/api/planning/policies/" + key + "/versions", "planner",
                    Map.of("version", "1.0", "summary", "First version: coded slurs are hate speech"));
            assertEquals(version.toString(), 201, version.status());
            assertEquals("1.0.0", version.json().path("version").asText());
            assertEquals("DEVELOPMENT", version.json().path("stage").asText());

            String transitions = "/api/planning/policies/" + key + "/versions/1.0.0/transitions";
            Api.Response skip = api.post(transitions, "planner", Map.of("stage", "TRAINING"));
            assertEquals(skip.toString(), 409, skip.status());
            assertTrue(skip.json().path("detail").asText().contains("TESTING"));

            for (String stage : new String[] { "TESTING", "TRAINING", "DEPLOYMENT", "ENFORCEMENT" }) {
                Api.Response moved = api.post(transitions, "planner", Map.of("stage", stage));
                assertEquals(moved.toString(), 200, moved.status());
                assertEquals(stage, moved.json().path("stage").asText());
            }
            Api.Response back = api.post(transitions, "planner", Map.of("stage", "TESTING"));
            assertEquals(back.toString(), 409, back.status());

            JsonNode detail = api.get("/api/planning/policies/" + key + "/versions/1.0.0", "viewer").json();
            assertEquals("ACTIVE", detail.path("status").asText());
            assertEquals(5, detail.path("transitions").size());
            assertEquals("planner", detail.path("transitions").path(4).path("movedBy").asText());

            // Event Admin keeps order only per posting thread, and each request has its own; compare as sets.
            List<String> seen = awaitEvents(events, key, 5);
            assertEquals(new java.util.TreeSet<>(List.of("CREATED:DEVELOPMENT", "STAGE_CHANGED:TESTING", "STAGE_CHANGED:TRAINING",
                    "STAGE_CHANGED:DEPLOYMENT", "STAGE_CHANGED:ENFORCEMENT")), new java.util.TreeSet<>(seen));
            assertEquals(5, seen.size());
        } finally {
            reg.unregister();
        }
    }

    @Test
    public void listsArePagedFilteredAndSorted() throws Exception {
        String quarter = "2031-Q1";
        for (int i = 1; i <= 5; i++) {
            Map<String, Object> body = new HashMap<>(initiative("Paging test " + i, "JP", quarter));
            body.put("reach", i * 1000);
            assertEquals(201, api().post("/api/planning/initiatives", "planner", body).status());
        }
        Api.Response page = api.get("/api/planning/initiatives?quarter=" + quarter + "&region=JP&limit=2&sort=-reach", "viewer");
        assertEquals(page.toString(), 200, page.status());
        assertEquals(5, page.json().path("total").asInt());
        assertEquals("5", page.header("X-Total-Count"));
        assertEquals(2, page.json().path("items").size());
        assertEquals(5000, page.json().path("items").path(0).path("reach").asInt());
        assertEquals(4000, page.json().path("items").path(1).path("reach").asInt());
        assertTrue(String.join(" ", page.headerValues("Link")), String.join(" ", page.headerValues("Link")).contains("rel=\"next\""));

        Api.Response last = api.get("/api/planning/initiatives?quarter=" + quarter + "&region=JP&limit=2&offset=4&sort=-reach", "viewer");
        assertEquals(1, last.json().path("items").size());
        assertEquals(1000, last.json().path("items").path(0).path("reach").asInt());
        assertFalse(String.join(" ", last.headerValues("Link")).contains("rel=\"next\""));

        assertEquals(0, api.get("/api/planning/initiatives?quarter=" + quarter + "&region=BR", "viewer").json().path("total").asInt());
        Api.Response badSort = api.get("/api/planning/initiatives?sort=secret", "viewer");
        assertEquals(400, badSort.status());
        assertEquals("sort", badSort.json().path("errors").path(0).path("field").asText());
    }

    @Test
    public void aStaleIfMatchIsRefusedAndChangesNothing() throws Exception {
        String key = PlatformIT.uniqueKey();
        api().post("/api/planning/policies", "planner", PlatformIT.policy(key));
        String path = "/api/planning/policies/" + key;
        String etag = api.get(path, "planner").header("ETag");
        assertNotNull(etag);

        Map<String, Object> first = new HashMap<>(PlatformIT.policy(key));
        first.put("name", "Renamed once");
        Api.Response ok = api.put(path, "planner", first, etag);
        assertEquals(ok.toString(), 200, ok.status());
        assertFalse(etag.equals(ok.header("ETag")));

        Map<String, Object> second = new HashMap<>(PlatformIT.policy(key));
        second.put("name", "Renamed from a stale copy");
        Api.Response stale = api.put(path, "planner", second, etag);
        assertEquals(stale.toString(), 412, stale.status());
        assertEquals("Renamed once", api.get(path, "planner").json().path("name").asText());

        // Without If-Match a change could overwrite another unseen: the distribution requires it (428).
        Api.Response blind = api.put(path, "planner", second, null);
        assertEquals(blind.toString(), 428, blind.status());
        assertEquals("application/problem+json", blind.header("Content-Type"));
        assertEquals(ok.header("ETag"), blind.json().path("currentETag").asText());
        assertEquals(428, api.delete(path, "planner", null).status());
        assertEquals("Renamed once", api.get(path, "planner").json().path("name").asText());
        assertEquals(200, api.put(path, "planner", second, "*").status());
    }

    @Test
    public void regionalLeadsWriteOnlyTheirRegions() throws Exception {
        // lead-eu leads EU and UK
        Api.Response own = api().post("/api/planning/initiatives", "lead-eu", initiative("DSA notices, EU", "EU", "2031-Q3"));
        assertEquals(own.toString(), 201, own.status());

        Api.Response other = api.post("/api/planning/initiatives", "lead-eu", initiative("US appeals", "US", "2031-Q3"));
        assertEquals(other.toString(), 403, other.status());

        Map<String, Object> mixed = new HashMap<>(initiative("EU and US", "EU", "2031-Q3"));
        mixed.put("regions", List.of("EU", "US"));
        assertEquals(403, api.post("/api/planning/initiatives", "lead-eu", mixed).status());

        Api.Response usByPlanner = api.post("/api/planning/initiatives", "planner", initiative("US launch", "US", "2031-Q3"));
        String usPath = "/api/planning/initiatives/" + usByPlanner.json().path("id").asLong();
        Api.Response takeOver = api.put(usPath, "lead-eu", initiative("Now EU's", "EU", "2031-Q3"), null);
        assertEquals(takeOver.toString(), 403, takeOver.status());
        assertEquals("US launch", api.get(usPath, "viewer").json().path("title").asText());
        assertEquals(403, api.delete(usPath, "lead-eu", null).status());

        assertEquals(403, api.post("/api/planning/policies", "lead-eu", PlatformIT.policy(PlatformIT.uniqueKey())).status());
        assertEquals(200, api.get(usPath, "lead-eu").status());
    }

    @Test
    public void invalidInitiativesNameEveryBadField() throws Exception {
        Map<String, Object> body = new HashMap<>(initiative("Bad one", "EU", "2031-Q3"));
        body.put("regions", List.of("europe!!"));
        body.put("impact", 7);
        body.put("confidence", 2);
        body.put("targetQuarter", "2031-Q5");
        body.put("policyKey", "no-such-policy");
        Api.Response r = api().post("/api/planning/initiatives", "planner", body);
        assertEquals(r.toString(), 400, r.status());
        List<String> fields = new ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        for (String f : new String[] { "regions[0]", "impact", "confidence", "targetQuarter" }) {
            assertTrue(f + " in " + fields, fields.contains(f));
        }
    }

    static Map<String, Object> initiative(String title, String region, String quarter) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("type", "POLICY_UPDATE");
        m.put("linesOfBusiness", List.of("short-video", "live"));
        m.put("regions", List.of(region));
        m.put("riskLevel", "HIGH");
        m.put("reach", 120000);
        m.put("impact", 2);
        m.put("confidence", 0.8);
        m.put("effortWeeks", 6);
        m.put("targetQuarter", quarter);
        return m;
    }

    private static List<String> awaitEvents(List<Event> events, String key, int count) {
        return Waiting.waitForAssert(() -> {
            List<String> seen = new ArrayList<>();
            for (Event e : events) {
                if (key.equals(e.getProperty("policyKey"))) {
                    String topic = e.getTopic();
                    seen.add(topic.substring(topic.lastIndexOf('/') + 1) + ":" + e.getProperty("stage"));
                }
            }
            assertTrue("expected " + count + " events for " + key + ", saw " + seen, seen.size() >= count);
            return seen;
        });
    }
}
