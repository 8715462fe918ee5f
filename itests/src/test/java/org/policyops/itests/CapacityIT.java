package org.policyops.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Teams, holidays, leave, the capacity report and the planner over REST in the distribution. Tests that write use
 * years far from the sample data (2041, 2042) so that they do not change what the sample-data tests see.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CapacityIT extends PolicyOpsTestSupport {

    static final String TEAMS = "/api/planning/teams";


    static Map<String, Object> team(String name, String region, Object... membersAndFte) {
        List<Map<String, Object>> members = new ArrayList<>();
        for (int i = 0; i < membersAndFte.length; i += 2) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", membersAndFte[i]);
            m.put("role", "Policy analyst");
            m.put("fte", membersAndFte[i + 1]);
            members.add(m);
        }
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("name", name);
        t.put("region", region);
        t.put("members", members);
        return t;
    }

    long initiative(String title, String team, double effort, String quarter, long reach) throws Exception {
        Map<String, Object> body = PlanningApiIT.initiative(title, "EU", quarter);
        body.put("owningTeam", team);
        body.put("effortWeeks", effort);
        body.put("reach", reach);
        body.put("status", "PLANNED");
        Api.Response r = api().post("/api/planning/initiatives", "planner", body);
        assertEquals(r.toString(), 201, r.status());
        return r.json().path("id").asLong();
    }

    @Test
    public void teamCrudWithValidationConflictsAndPreconditions() throws Exception {
        Api.Response created = api().post(TEAMS, "planner", team("Policy Training MENA", "mena", "Yasmin Haddad", 1,
                "Omar Salem", 0.5));
        assertEquals(created.toString(), 201, created.status());
        assertNotNull(created.header("ETag"));
        assertEquals("MENA", created.json().path("region").asText());
        assertEquals(0.5, created.json().path("members").path(1).path("fte").asDouble(), 0);
        String path = TEAMS + "/" + created.json().path("id").asLong();
        assertTrue(created.header("Location").endsWith(path));

        Api.Response taken = api.post(TEAMS, "planner", team("Policy EMEA", "EU"));
        assertEquals("sample team name: " + taken, 409, taken.status());
        Api.Response bad = api.post(TEAMS, "planner", team("", "EU", "Someone", 2));
        assertEquals(bad.toString(), 400, bad.status());
        List<String> fields = new ArrayList<>();
        bad.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertEquals(List.of("name", "members[0].fte"), fields);

        Api.Response read = api.get(path, "viewer");
        assertEquals(200, read.status());
        String etag = read.header("ETag");
        Api.Response updated = api.put(path, "planner", team("Policy Training MENA", "MENA", "Yasmin Haddad", 1), etag);
        assertEquals(updated.toString(), 200, updated.status());
        assertEquals(1, updated.json().path("members").size());
        Api.Response stale = api.put(path, "planner", team("Policy Training MENA", "MENA"), etag);
        assertEquals(stale.toString(), 412, stale.status());
        Api.Response rename = api.put(path, "planner", team("Integrity Tooling", null), updated.header("ETag"));
        assertEquals(rename.toString(), 409, rename.status());
        assertEquals(412, api.delete(path, "planner", etag).status());
        assertEquals(204, api.delete(path, "planner", updated.header("ETag")).status());
        assertEquals(404, api.get(path, "viewer").status());
        assertTrue(api.get(TEAMS + "?limit=100", "viewer").json().path("total").asInt() >= 8);
    }

    @Test
    public void viewersMayReadAndPlanButNotWrite() throws Exception {
        assertEquals(403, api().post(TEAMS, "viewer", team("Viewer team", "EU")).status());
        long id = api.get(TEAMS + "?limit=1", "viewer").json().path("items").path(0).path("id").asLong();
        assertEquals(403, api.put(TEAMS + "/" + id, "viewer", team("Renamed", "EU"), null).status());
        assertEquals(403, api.delete(TEAMS + "/" + id, "viewer", null).status());
        assertEquals(403, api.post("/api/planning/holidays", "viewer",
                Map.of("region", "EU", "quarter", "2041-Q3", "days", 2)).status());
        assertEquals(403, api.post("/api/planning/leave", "viewer",
                Map.of("team", "Policy EMEA", "member", "Katrin Wendt", "quarter", "2041-Q3", "days", 2)).status());
        assertEquals(403, api.delete("/api/planning/holidays/1", "viewer", null).status());
        assertEquals(403, api.delete("/api/planning/leave/1", "viewer", null).status());
        assertEquals(200, api.get("/api/planning/holidays", "viewer").status());
        assertEquals(200, api.get("/api/planning/leave", "viewer").status());
        // A plan is a proposal that changes nothing: any logged-in user may ask for one.
        assertEquals(200, api.post("/api/planning/plan", "viewer", Map.of("year", 2027)).status());
        assertEquals(401, api.post("/api/planning/plan", null, Map.of("year", 2027)).status());
        assertEquals(401, api.get("/api/planning/capacity?year=2027", null).status());
    }

    @Test
    public void holidaysAndLeaveReduceCapacityAndOverAllocationIsFlagged() throws Exception {
        Api.Response t = api().post(TEAMS, "planner", team("Policy Japan", "JP", "Aiko Morimoto", 1, "Kenji Sato", 1));
        assertEquals(t.toString(), 201, t.status());
        String report = "/api/planning/capacity?year=2041&team=Policy%20Japan";
        assertEquals(26.0, api.get(report, "viewer").json().path("teams").path(0).path("quarters").path(0)
                .path("capacity").asDouble(), 0);

        Api.Response holiday = api.post("/api/planning/holidays", "planner", Map.of("region", "jp", "quarter", "2041-Q1", "days", 5));
        assertEquals(holiday.toString(), 201, holiday.status());
        assertEquals("JP", holiday.json().path("region").asText());
        assertEquals(409, api.post("/api/planning/holidays", "planner",
                Map.of("region", "JP", "quarter", "2041-Q1", "days", 3)).status());
        Api.Response leave = api.post("/api/planning/leave", "planner",
                Map.of("team", "Policy Japan", "member", "Kenji Sato", "quarter", "2041-Q1", "days", 10));
        assertEquals(leave.toString(), 201, leave.status());
        Api.Response badLeave = api.post("/api/planning/leave", "planner",
                Map.of("team", "Policy Japan", "member", "Nobody", "quarter", "2041-Q1", "days", 1));
        assertEquals(400, badLeave.status());
        assertEquals("member", badLeave.json().path("errors").path(0).path("field").asText());

        initiative("Japan youth-safety guidance", "Policy Japan", 23, "2041-Q1", 1000);
        Api.Response r = api.get(report, "viewer");
        assertEquals(r.toString(), 200, r.status());
        JsonNode q1 = r.json().path("teams").path(0).path("quarters").path(0);
        // 2 × 13 − 5 ÷ 5 × 2 − 10 ÷ 5 = 22
        assertEquals(22.0, q1.path("capacity").asDouble(), 0);
        assertEquals(5.0, q1.path("holidayDays").asDouble(), 0);
        assertEquals(10.0, q1.path("leaveDays").asDouble(), 0);
        assertEquals(23.0, q1.path("demand").asDouble(), 0);
        assertEquals(1.05, q1.path("utilization").asDouble(), 0);
        assertTrue(q1.path("overAllocated").asBoolean());
        JsonNode q2 = r.json().path("teams").path(0).path("quarters").path(1);
        assertEquals(26.0, q2.path("capacity").asDouble(), 0);
        assertFalse(q2.path("overAllocated").asBoolean());

        assertEquals(204, api.delete("/api/planning/holidays/" + holiday.json().path("id").asLong(), "planner", "*").status());
        // Without the holidays: 26 − 10 ÷ 5 = 24
        assertEquals(24.0, api.get(report, "viewer").json().path("teams").path(0).path("quarters").path(0)
                .path("capacity").asDouble(), 0);
        assertEquals(400, api.get("/api/planning/capacity?year=twenty", "viewer").status());
        assertEquals(404, api.get("/api/planning/capacity?year=2041&team=Nobody", "viewer").status());
    }

    @Test
    public void capacityAndPlanOnTheSampleData() throws Exception {
        JsonNode capacity = api().get("/api/planning/capacity?year=2027&quarter=Q1", "viewer").json();
        JsonNode apac = null;
        for (JsonNode t : capacity.path("teams")) {
            if (t.path("team").asText().equals("Policy Training APAC")) {
                apac = t.path("quarters").path(0);
            }
        }
        assertNotNull(capacity.toString(), apac);
        // Holidays in IN and ten days of leave: 22.8 person-weeks against the 26 of the train-the-trainer program.
        assertEquals(22.8, apac.path("capacity").asDouble(), 0);
        assertTrue(apac.toString(), apac.path("overAllocated").asBoolean());

        Api.Response r = api.post("/api/planning/plan", "viewer", Map.of("year", 2027));
        assertEquals(r.toString(), 200, r.status());
        JsonNode plan = r.json();
        assertFalse(plan.path("applied").asBoolean());
        assertEquals("rice", plan.path("model").asText());
        assertEquals(4, plan.path("quarters").size());
        int placed = 0;
        String tttQuarter = null;
        for (JsonNode q : plan.path("quarters")) {
            for (JsonNode p : q.path("placed")) {
                placed++;
                if (p.path("title").asText().startsWith("Train-the-trainer program")) {
                    tttQuarter = q.path("quarter").asText();
                }
            }
            assertTrue(q.toString(), q.path("remaining").size() >= 8);
        }
        assertTrue(plan.toString(), placed >= 10);
        assertEquals("does not fit 2027-Q1, fits 2027-Q2", "2027-Q2", tttQuarter);
        List<String> reasons = new ArrayList<>();
        plan.path("leftOut").forEach(l -> reasons.add(l.path("reason").asText()));
        assertTrue(reasons.toString(), reasons.contains("larger than any quarter's capacity of team Integrity Tooling (40 > 39)"));

        Api.Response bad = api.post("/api/planning/plan", "viewer", Map.of("year", 2027, "quarter", "Q5", "model", "rice"));
        assertEquals(bad.toString(), 400, bad.status());
        assertEquals(400, api.post("/api/planning/plan", "viewer", Map.of("year", 2027, "model", "moscow")).status());
        JsonNode q2 = api.post("/api/planning/plan", "viewer", Map.of("year", 2027, "quarter", "Q2", "model", "wsjf")).json();
        assertEquals("2027-Q2", q2.path("quarter").asText());
        assertEquals(1, q2.path("quarters").size());
    }

    @Test
    public void thePlanPlacesAPrerequisiteBeforeWhatDependsOnIt() throws Exception {
        assertEquals(201, api().post(TEAMS, "planner", team("Policy Nordics", "EU", "Freja Lund", 1)).status());
        // A ranks above B (more reach), but depends on B; the team fits both in one quarter.
        long a = initiative("Nordic appeals flow", "Policy Nordics", 5, "2042-Q1", 9_000_000);
        long b = initiative("Nordic appeals policy text", "Policy Nordics", 5, "2042-Q1", 1_000);
        Api.Response dep = api.post("/api/planning/initiatives/" + a + "/dependencies", "planner", Map.of("dependsOn", b));
        assertEquals(dep.toString(), 201, dep.status());

        JsonNode plan = api.post("/api/planning/plan", "planner", Map.of("year", 2042)).json();
        assertEquals("B in Q1: " + plan, b, plan.path("quarters").path(0).path("placed").path(0).path("id").asLong());
        assertEquals("A in Q2: " + plan, a, plan.path("quarters").path(1).path("placed").path(0).path("id").asLong());
        assertEquals(0, plan.path("leftOut").size());
        // Nothing was applied: both initiatives still target 2042-Q1.
        assertEquals("2042-Q1", api.get("/api/planning/initiatives/" + a, "viewer").json().path("targetQuarter").asText());
    }

    @Test
    public void aRegionalLeadWritesTeamsAndHolidaysOfItsRegionsOnly() throws Exception {
        Api.Response uk = api().post(TEAMS, "lead-eu", team("Policy UK", "UK", "Harriet Ellison", 1));
        assertEquals(uk.toString(), 201, uk.status());
        assertEquals(403, api.post(TEAMS, "lead-eu", team("Policy Brazil", "BR")).status());
        assertEquals(403, api.post(TEAMS, "lead-eu", team("Policy Worldwide", null)).status());
        assertEquals(201, api.post("/api/planning/holidays", "lead-eu",
                Map.of("region", "UK", "quarter", "2043-Q2", "days", 2)).status());
        assertEquals(403, api.post("/api/planning/holidays", "lead-eu",
                Map.of("region", "US", "quarter", "2043-Q2", "days", 2)).status());
        assertEquals(201, api.post("/api/planning/leave", "lead-eu",
                Map.of("team", "Policy UK", "member", "Harriet Ellison", "quarter", "2043-Q2", "days", 5)).status());
        assertEquals(403, api.post("/api/planning/leave", "lead-eu",
                Map.of("team", "Integrity Tooling", "member", "Rei Tamura", "quarter", "2043-Q2", "days", 5)).status());
        assertEquals(204, api.delete(TEAMS + "/" + uk.json().path("id").asLong(), "lead-eu", uk.header("ETag")).status());
    }
}
