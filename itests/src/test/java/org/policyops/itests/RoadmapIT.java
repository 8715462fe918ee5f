package org.policyops.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Milestones and roadmaps over REST in the distribution: JSON, CSV and iCalendar (parsed back with the iCal4j bundle
 * installed in the container), content negotiation, filters, access and the cascade when an initiative goes.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RoadmapIT extends PolicyOpsTestSupport {

    /** A year no sample data touch, so the roadmaps hold only what these tests create. */
    static final String YEAR = "2032";

    private static Map<String, Object> initiative(String title, String lob, String region, String quarter, String team) {
        Map<String, Object> m = new HashMap<>(PlanningApiIT.initiative(title, region, quarter));
        m.put("linesOfBusiness", List.of(lob));
        m.put("owningTeam", team);
        return m;
    }

    private static Map<String, Object> milestone(String title, String date, String kind, String note) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("date", date);
        m.put("kind", kind);
        m.put("note", note);
        return m;
    }

    private long create(String path, Map<String, Object> body) {
        Api.Response r = api.post(path, "planner", body);
        assertEquals(r.toString(), 201, r.status());
        return r.json().path("id").asLong();
    }

    private Api.Response get(String path, String accept) {
        return api.send("GET", path, "viewer", null, null, accept == null ? Map.of() : Map.of("Accept", accept));
    }

    private static List<String> titles(JsonNode roadmap) {
        List<String> titles = new ArrayList<>();
        roadmap.path("initiatives").forEach(i -> titles.add(i.path("title").asText()));
        return titles;
    }

    @Test
    public void roadmapsAsJsonCsvAndICalendar() throws Exception {
        api();
        String emea = "Roadmap IT: coded slurs, \"v3\"";
        long a = create("/api/planning/initiatives", initiative(emea, "short-video", "EU", YEAR + "-Q2", "Policy EMEA"));
        long b = create("/api/planning/initiatives", initiative("Roadmap IT: scam ads", "ads", "JP", YEAR + "-Q3", "Integrity Tooling"));
        long kickoff = create("/api/planning/initiatives/" + a + "/milestones",
                milestone("Kickoff", YEAR + "-01-15", "KICKOFF", null));
        long launch = create("/api/planning/initiatives/" + a + "/milestones",
                milestone("Launch, EU-wide", YEAR + "-05-20", "LAUNCH", "Line one\nLine two"));
        long review = create("/api/planning/initiatives/" + b + "/milestones",
                milestone("Threshold review", YEAR + "-08-01", "REVIEW", null));

        // JSON, the default
        Api.Response year = get("/api/planning/roadmaps/" + YEAR, null);
        assertEquals(year.toString(), 200, year.status());
        assertTrue(year.header("Content-Type"), year.header("Content-Type").startsWith("application/json"));
        JsonNode y = year.json();
        assertEquals(2032, y.path("year").asInt());
        assertEquals(List.of(emea, "Roadmap IT: scam ads"), titles(y));
        assertEquals(2, y.path("initiatives").path(0).path("milestones").size());
        assertEquals(YEAR + "-01-15", y.path("initiatives").path(0).path("milestones").path(0).path("date").asText());
        assertEquals("EU", y.path("initiatives").path(0).path("regions").path(0).asText());
        assertEquals("Policy EMEA", y.path("initiatives").path(0).path("owningTeam").asText());
        assertEquals(4, y.path("quarters").size());
        assertEquals(b, y.path("quarters").path(2).path("initiativeIds").path(0).asLong());

        JsonNode q2 = get("/api/planning/roadmaps/" + YEAR + "/Q2", "application/json").json();
        assertEquals("Q2", q2.path("quarter").asText());
        assertEquals(List.of(emea), titles(q2));
        assertEquals(1, q2.path("initiatives").path(0).path("milestones").size());
        assertEquals(launch, q2.path("initiatives").path(0).path("milestones").path(0).path("id").asLong());
        // In Q1 the initiative shows because of its kickoff, although it is targeted in Q2.
        JsonNode q1 = get("/api/planning/roadmaps/" + YEAR + "/q1", null).json();
        assertEquals(List.of(emea), titles(q1));
        assertEquals(kickoff, q1.path("initiatives").path(0).path("milestones").path(0).path("id").asLong());
        assertEquals(0, get("/api/planning/roadmaps/" + YEAR + "/Q4", null).json().path("initiatives").size());

        // CSV
        Api.Response csv = get("/api/planning/roadmaps/" + YEAR, "text/csv");
        assertEquals(csv.toString(), 200, csv.status());
        assertTrue(csv.header("Content-Type"), csv.header("Content-Type").toLowerCase().startsWith("text/csv"));
        assertTrue(csv.header("Content-Type"), csv.header("Content-Type").toLowerCase().contains("charset=utf-8"));
        assertTrue(csv.header("Content-Disposition"), csv.header("Content-Disposition").contains("roadmap-2032.csv"));
        String text = csv.body();
        assertTrue(text, text.startsWith("record,initiativeId,initiative,targetQuarter,status,regions,linesOfBusiness,"
                + "owningTeam,milestoneId,milestone,kind,date,note\r\n"));
        assertTrue(text, text.contains("\r\nINITIATIVE," + a + ",\"Roadmap IT: coded slurs, \"\"v3\"\"\"," + YEAR + "-Q2,PROPOSED,EU,"
                + "short-video,Policy EMEA,,,,,\r\n"));
        assertTrue(text, text.contains("," + launch + ",\"Launch, EU-wide\",LAUNCH," + YEAR + "-05-20,\"Line one\nLine two\"\r\n"));
        assertEquals(text, 1 + 2 + 3, text.split("\r\n").length);

        // iCalendar, parsed back with iCal4j
        Api.Response ics = get("/api/planning/roadmaps/" + YEAR, "text/calendar");
        assertEquals(ics.toString(), 200, ics.status());
        assertTrue(ics.header("Content-Type"), ics.header("Content-Type").toLowerCase().startsWith("text/calendar"));
        String cal = ics.body();
        assertTrue(cal, cal.startsWith("BEGIN:VCALENDAR\r\n") && cal.endsWith("END:VCALENDAR\r\n"));
        assertFalse("bare LF", cal.replace("\r\n", "").contains("\n"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(cal));
        assertEquals("-//PolicyOps//Roadmap//EN", calendar.getProductId().getValue());
        Map<String, VEvent> events = new TreeMap<>();
        for (Object c : calendar.getComponents(Component.VEVENT)) {
            events.put(((VEvent) c).getUid().getValue(), (VEvent) c);
        }
        assertEquals(new java.util.TreeSet<>(List.of("initiative-" + a + "@policyops", "initiative-" + b + "@policyops",
                "milestone-" + kickoff + "@policyops", "milestone-" + launch + "@policyops", "milestone-" + review + "@policyops")),
                events.keySet());
        VEvent launchEvent = events.get("milestone-" + launch + "@policyops");
        assertEquals(YEAR + "0520", launchEvent.getStartDate().getValue());
        assertEquals(YEAR + "0521", launchEvent.getEndDate().getValue());
        assertEquals(emea + ": Launch, EU-wide", launchEvent.getSummary().getValue());
        assertEquals("LAUNCH", launchEvent.getProperty("CATEGORIES").getValue());
        assertNotNull(launchEvent.getDateStamp());
        VEvent span = events.get("initiative-" + a + "@policyops");
        assertEquals(YEAR + "0401", span.getStartDate().getValue());
        assertEquals(YEAR + "0701", span.getEndDate().getValue());

        Map<String, VEvent> quarterEvents = new TreeMap<>();
        for (Object c : new CalendarBuilder().build(new StringReader(get("/api/planning/roadmaps/" + YEAR + "/Q3",
                "text/calendar").body())).getComponents(Component.VEVENT)) {
            quarterEvents.put(((VEvent) c).getUid().getValue(), (VEvent) c);
        }
        assertEquals(new java.util.TreeSet<>(List.of("initiative-" + b + "@policyops", "milestone-" + review + "@policyops")),
                quarterEvents.keySet());

        // Nothing else
        Api.Response png = get("/api/planning/roadmaps/" + YEAR, "image/png");
        assertEquals(png.toString(), 406, png.status());
        assertTrue(png.header("Content-Type"), png.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(406, png.json().path("status").asInt());
    }

    @Test
    public void roadmapsFilterByLineOfBusinessRegionAndTeam() throws Exception {
        api();
        String y = "2033";
        create("/api/planning/initiatives", initiative("Filter IT: live EU", "live", "EU", y + "-Q1", "Policy EMEA"));
        create("/api/planning/initiatives", initiative("Filter IT: ads BR", "ads", "BR", y + "-Q1", "Policy Americas"));
        create("/api/planning/initiatives", initiative("Filter IT: ads UK", "ads", "UK", y + "-Q2", "Policy EMEA"));
        String base = "/api/planning/roadmaps/" + y;
        assertEquals(List.of("Filter IT: ads BR", "Filter IT: ads UK"), titles(get(base + "?lob=ads", null).json()));
        assertEquals(List.of("Filter IT: live EU", "Filter IT: ads UK"), titles(get(base + "?region=EU,UK", null).json()));
        assertEquals(List.of("Filter IT: ads UK"), titles(get(base + "?lob=ads&region=uk", null).json()));
        assertEquals(List.of("Filter IT: live EU", "Filter IT: ads UK"), titles(get(base + "?team=policy%20emea", null).json()));
        assertEquals(List.of("Filter IT: ads BR"), titles(get(base + "/Q1?lob=ads", null).json()));
        String csv = get(base + "/Q1?region=BR", "text/csv").body();
        assertTrue(csv, csv.contains("Filter IT: ads BR") && !csv.contains("Filter IT: live EU"));

        for (String bad : new String[] { "/api/planning/roadmaps/20x3", "/api/planning/roadmaps/1969",
                "/api/planning/roadmaps/2033/Q5", "/api/planning/roadmaps/2033/H1", base + "?region=EUROPE!!" }) {
            Api.Response r = get(bad, null);
            assertEquals(bad + " " + r, 400, r.status());
            assertTrue(r.header("Content-Type"), r.header("Content-Type").startsWith("application/problem+json"));
        }
    }

    @Test
    public void milestonesAreWrittenWithIfMatchByThoseWhoMayWriteTheInitiative() throws Exception {
        api();
        long jp = create("/api/planning/initiatives", initiative("Milestone IT: JP", "live", "JP", "2034-Q1", null));
        long eu = create("/api/planning/initiatives", initiative("Milestone IT: EU", "live", "EU", "2034-Q1", null));
        String jpMilestones = "/api/planning/initiatives/" + jp + "/milestones";
        Map<String, Object> draft = milestone("Draft", "2034-02-01", "POLICY_DRAFT", null);

        assertEquals(403, api.post(jpMilestones, "viewer", draft).status());
        assertEquals(403, api.post(jpMilestones, "lead-eu", draft).status());
        Api.Response byLead = api.post("/api/planning/initiatives/" + eu + "/milestones", "lead-eu", draft);
        assertEquals(byLead.toString(), 201, byLead.status());
        Api.Response bad = api.post(jpMilestones, "planner", milestone("", "2034-02-30", "LAUNCH", null));
        assertEquals(bad.toString(), 400, bad.status());
        assertEquals(2, bad.json().path("errors").size());

        Api.Response created = api.post(jpMilestones, "planner", draft);
        assertEquals(created.toString(), 201, created.status());
        String location = created.header("Location");
        assertTrue(location, location.endsWith(jpMilestones + "/" + created.json().path("id").asLong()));
        String path = jpMilestones + "/" + created.json().path("id").asLong();
        String etag = created.header("ETag");
        assertNotNull(etag);

        Api.Response moved = api.put(path, "planner", milestone("Draft", "2034-02-15", "POLICY_DRAFT", "Two weeks later"), etag);
        assertEquals(moved.toString(), 200, moved.status());
        assertEquals("2034-02-15", moved.json().path("date").asText());
        assertEquals(412, api.put(path, "planner", draft, etag).status());
        assertEquals(412, api.delete(path, "planner", etag).status());
        assertEquals(200, api.get(path, "viewer").status());
        assertEquals(1, api.get(jpMilestones, "viewer").json().path("total").asInt());
        assertEquals(404, api.get("/api/planning/initiatives/" + eu + "/milestones/" + created.json().path("id").asLong(),
                "viewer").status());

        // Deleting the initiative deletes its milestones.
        assertEquals(204, api.delete("/api/planning/initiatives/" + jp, "planner", "*").status());
        assertEquals(404, api.get(path, "viewer").status());
        assertEquals(404, api.get(jpMilestones, "viewer").status());
        assertEquals(204, api.delete("/api/planning/initiatives/" + eu + "/milestones/" + byLead.json().path("id").asLong(),
                "lead-eu", "*").status());
    }

    @Test
    public void theSampleRoadmapIsPopulated() throws Exception {
        JsonNode q1 = api().get("/api/planning/roadmaps/2027/Q1", "viewer").json();
        assertTrue(q1.toString(), q1.path("initiatives").size() >= 5);
        int milestones = 0;
        for (JsonNode i : q1.path("initiatives")) {
            milestones += i.path("milestones").size();
        }
        assertTrue(q1.toString(), milestones >= 5);
        Api.Response ics = api.send("GET", "/api/planning/roadmaps/2027", "viewer", null, null, Map.of("Accept", "text/calendar"));
        assertEquals(ics.toString(), 200, ics.status());
        assertTrue(new CalendarBuilder().build(new StringReader(ics.body())).getComponents(Component.VEVENT).size() >= 10);
    }
}
