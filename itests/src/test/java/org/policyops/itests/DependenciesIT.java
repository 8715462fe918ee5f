package org.policyops.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

/** Cross-LOB dependencies, the critical path, blocked initiatives and time-to-deploy, over REST in the distribution. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DependenciesIT extends PolicyOpsTestSupport {

    @Inject
    BundleContext bundleContext;

    @Test
    public void aCycleIsRefusedAndTheChainHasACriticalPathAndBlocks() throws Exception {
        long a = create("Enforce coded-slur rules in live comments", "live", 2);
        long b = create("Train live moderators on coded slurs", "live", 3);
        long c = create("Coded-slur lexicon for ads review", "ads", 4);

        Api.Response ab = api.post(deps(a), "planner", Map.of("dependsOn", b));
        assertEquals(ab.toString(), 201, ab.status());
        assertTrue(ab.header("Location"), ab.header("Location").endsWith(deps(a) + "/" + b));
        assertEquals(201, api.post(deps(b), "planner", Map.of("dependsOn", c)).status());

        Api.Response cycle = api.post(deps(c), "planner", Map.of("dependsOn", a));
        assertEquals(cycle.toString(), 409, cycle.status());
        List<Long> ids = new ArrayList<>();
        cycle.json().path("cycle").forEach(step -> ids.add(step.path("id").asLong()));
        assertEquals(List.of(c, a, b, c), ids);
        assertEquals("Enforce coded-slur rules in live comments", cycle.json().path("cycle").path(1).path("title").asText());
        JsonNode ofC = api.get(deps(c), "viewer").json();
        assertEquals("nothing stored: " + ofC, 0, ofC.path("dependsOn").size());
        assertEquals(b, ofC.path("dependedOnBy").path(0).path("initiative").path("id").asLong());

        assertEquals(400, api.post(deps(a), "planner", Map.of("dependsOn", a)).status());
        assertEquals(404, api.post(deps(a), "planner", Map.of("dependsOn", c + 100_000)).status());
        assertEquals(409, api.post(deps(a), "planner", Map.of("dependsOn", b)).status());
        assertEquals(403, api.post(deps(a), "viewer", Map.of("dependsOn", c)).status());

        Api.Response path = api.get("/api/planning/critical-path?year=2033&region=JP", "viewer");
        assertEquals(path.toString(), 200, path.status());
        List<Long> critical = new ArrayList<>();
        path.json().path("criticalPath").forEach(i -> critical.add(i.path("id").asLong()));
        assertEquals(List.of(c, b, a), critical);
        assertEquals(9.0, path.json().path("totalWeeks").asDouble(), 1e-9);
        assertEquals(3, path.json().path("initiatives").size());
        assertEquals(400, api.get("/api/planning/critical-path?year=2033&quarter=Q7", "viewer").status());

        Api.Response blocked = api.get("/api/planning/blocked", "viewer");
        assertEquals(blocked.toString(), 200, blocked.status());
        JsonNode entryA = null;
        for (JsonNode item : blocked.json().path("items")) {
            if (item.path("id").asLong() == a) {
                entryA = item;
            }
        }
        assertNotNull("A is blocked: " + blocked, entryA);
        assertEquals(1, entryA.path("blockedBy").size());
        assertEquals(b, entryA.path("blockedBy").path(0).path("id").asLong());
        assertEquals("PROPOSED", entryA.path("blockedBy").path(0).path("status").asText());

        assertEquals(204, api.delete(deps(a) + "/" + b, "planner", "*").status());
        assertEquals(404, api.get(deps(a) + "/" + b, "viewer").status());
        assertEquals(204, api.delete("/api/planning/initiatives/" + c, "planner", "*").status());
        assertEquals("deleting C deleted B → C", 0, api.get(deps(b), "viewer").json().path("dependsOn").size());
    }

    @Test
    public void timeToDeployOverTheSampleData() throws Exception {
        Api.Response r = api().get("/api/planning/time-to-deploy?from=2026-01-01&to=2026-12-31", "viewer");
        assertEquals(r.toString(), 200, r.status());
        assertTrue(r.toString(), r.json().path("versions").size() >= 10);
        JsonNode quarters = r.json().path("quarters");
        assertTrue(r.toString(), quarters.size() >= 2);
        int counted = 0;
        for (JsonNode q : quarters) {
            assertTrue(q.toString(), q.path("quarter").asText().matches("2026-Q[1-4]"));
            assertTrue(q.toString(), q.path("medianDays").asDouble() > 0);
            assertTrue(q.toString(), q.path("p90Days").asDouble() >= q.path("medianDays").asDouble());
            counted += q.path("count").asInt();
        }
        assertEquals(r.json().path("versions").size(), counted);
        assertTrue(r.json().path("quartersByTeam").size() >= quarters.size());

        Api.Response bad = api.get("/api/planning/time-to-deploy?from=2026-02-30&to=2026-12-31", "viewer");
        assertEquals(bad.toString(), 400, bad.status());
        assertEquals("from", bad.json().path("errors").path(0).path("field").asText());

        assertNotNull("TimeToDeploy is offered as a service",
                bundleContext.getServiceReference("org.policyops.api.planning.TimeToDeploy"));
    }

    private long create(String title, String lob, double effortWeeks) throws Exception {
        Map<String, Object> body = new HashMap<>(PlanningApiIT.initiative(title, "JP", "2033-Q2"));
        body.put("linesOfBusiness", List.of(lob));
        body.put("effortWeeks", effortWeeks);
        Api.Response created = api().post("/api/planning/initiatives", "planner", body);
        assertEquals(created.toString(), 201, created.status());
        return created.json().path("id").asLong();
    }

    private static String deps(long id) {
        return "/api/planning/initiatives/" + id + "/dependencies";
    }
}
