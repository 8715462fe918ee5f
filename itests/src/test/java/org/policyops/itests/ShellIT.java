package org.policyops.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;
import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.policyops.testing.Waiting;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The policyops:* console commands in the distribution, run through Karaf's own shell session as an administrator
 * would type them, on the sample data; the REST API tells what they should show.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ShellIT extends PolicyOpsTestSupport {

    /** Titles are cut at Tables.TITLE_WIDTH (60) characters in the tables; compare their beginnings. */
    static final int TITLE_PREFIX = 40;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    BundleContext bundleContext;

    @Test
    public void portfolioListsTheTopOfTheRiceRanking() throws Exception {
        JsonNode expected = api().get("/api/planning/portfolio?model=rice&limit=5", "viewer").json().path("items");
        assertEquals(expected.toString(), 5, expected.size());

        String out = execute("policyops:portfolio --model rice --limit 5");
        String[] lines = out.strip().split("\\R");
        assertEquals("header, rule and five rows:\n" + out, 7, lines.length);
        assertTrue(out, lines[0].contains("Rank") && lines[0].contains("Score") && lines[0].contains("Team"));
        for (int i = 0; i < 5; i++) {
            JsonNode item = expected.path(i);
            String row = lines[2 + i];
            assertTrue(row + " should be " + item, row.contains(prefix(item.path("title").asText())));
            assertTrue(row, row.contains(item.path("targetQuarter").asText()));
            assertTrue(row, row.matches("\\s*" + (i + 1) + "\\s.*\\b" + item.path("id").asLong() + "\\b.*"));
        }
    }

    @Test
    public void depsShowsBothDirectionsAndBlocked() throws Exception {
        List<JsonNode> open = new ArrayList<>();
        for (JsonNode item : api().get("/api/planning/portfolio?model=rice&status=PROPOSED,PLANNED&limit=50", "viewer")
                .json().path("items")) {
            open.add(item);
        }
        assertTrue("the samples have open initiatives", open.size() >= 2);
        JsonNode a = open.get(0);
        JsonNode b = open.get(1);
        String deps = "/api/planning/initiatives/" + a.path("id").asLong() + "/dependencies";
        Api.Response added = api.post(deps, "planner", Map.of("dependsOn", b.path("id").asLong()));
        assertEquals(added.toString(), 201, added.status());

        String ofA = execute("policyops:deps " + a.path("id").asLong());
        assertTrue(ofA, ofA.contains("depends on") && ofA.contains(prefix(b.path("title").asText())));
        String ofB = execute("policyops:deps " + b.path("id").asLong());
        assertTrue(ofB, ofB.contains("depended on by") && ofB.contains(prefix(a.path("title").asText())));

        String blocked = execute("policyops:deps --blocked");
        assertTrue(blocked, blocked.contains("Blocked by"));
        String rowOfA = blocked.lines().filter(l -> l.contains(prefix(a.path("title").asText()))).findFirst().orElse(null);
        assertNotNull(blocked, rowOfA);
        assertTrue(rowOfA, rowOfA.contains(String.valueOf(b.path("id").asLong())));

        String none = execute("policyops:deps 999999", true);
        assertTrue(none, none.contains("IllegalArgumentException") && none.contains("999999"));
    }

    @Test
    public void toolsListsTheRegistryAsTheToolsEndpointDoes() throws Exception {
        JsonNode expected = api().get("/api/tooling/tools?stage=ENFORCEMENT&limit=500", "viewer").json();
        awaitService("org.policyops.api.tooling.ToolCatalog");
        String out = execute("policyops:tools --stage ENFORCEMENT");
        assertTrue("the samples have enforcement tools: " + expected, expected.path("total").asInt() > 0);
        for (JsonNode tool : expected.path("items")) {
            assertTrue(tool.path("key").asText() + " in\n" + out, out.contains(tool.path("key").asText()));
        }
        assertFalse(out, out.contains("policy-workbench"));
        String one = execute("policyops:tools hate-speech-classifier");
        assertTrue(one, one.startsWith("Hate speech classifier (hs-clf v4) (hate-speech-classifier)") && one.contains("model-serving"));
    }

    @Test
    public void kpisShowTheScorecardOfTheEndpoint() throws Exception {
        String yesterday = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString();
        Api.Response backfill = api().post("/api/metrics/snapshots", "admin", java.util.Map.of("from", yesterday, "to", yesterday));
        assertEquals(backfill.toString(), 200, backfill.status());
        JsonNode uk = null;
        for (JsonNode s : api.get("/api/metrics/scorecard?region=UK", "viewer").json().path("kpis")) {
            if (s.path("kpiId").asText().equals("time-to-deploy-median")) {
                uk = s;
            }
        }
        assertTrue(String.valueOf(uk), uk != null && uk.path("value").isNumber());
        awaitService("org.policyops.api.metrics.KpiScorecard");
        String out = execute("policyops:kpis --region UK time-to-deploy-median");
        String value = new java.math.BigDecimal(uk.path("value").asText()).setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        String row = out.lines().filter(l -> l.startsWith("time-to-deploy-median ")).findFirst().orElseThrow(() -> new AssertionError(out));
        assertTrue(row, row.matches("time-to-deploy-median\\s*\\|\\s*UK\\s*\\|\\s*" + yesterday + "\\s*\\|\\s*" + value
                + "\\s*\\|.*\\|\\s*" + uk.path("status").asText() + "\\s*"));
        assertEquals(1, out.lines().filter(l -> l.startsWith("time-to-deploy")).count());
    }

    @Test
    public void adoptionShowsWhatTheAdoptionEndpointCounts() throws Exception {
        JsonNode expected = api().get("/api/tooling/adoption?tool=label-qa&region=EU", "viewer").json().path(0);
        awaitService("org.policyops.api.tooling.ToolAdoption");
        String out = execute("policyops:adoption --region EU");
        String row = out.lines().filter(l -> l.startsWith("label-qa ")).findFirst().orElseThrow(() -> new AssertionError(out));
        // The population's source as the REST answer names it (populationSource), in words.
        String source = expected.path("populationSource").asText().equals("TRAINING_LEARNERS") ? "training learners" : "number";
        assertTrue(row, row.matches("label-qa\\s*\\|\\s*EU\\s*\\|\\s*" + expected.path("targetPopulation").asInt() + "\\s*\\|\\s*"
                + source + "\\s*\\|\\s*" + expected.path("active7").asInt() + "\\s*\\|\\s*" + expected.path("active28").asInt() + "\\s*\\|.*"));
        String trend = execute("policyops:adoption --tool queue-configurator --weeks 4");
        assertTrue(trend, trend.contains("Week ending") && trend.lines().count() >= 6);
    }

    @Test
    public void planPlacesWhatThePlanEndpointPlaces() throws Exception {
        JsonNode expected = plan(2027);
        // Declarative Services registers the query service on its own schedule, possibly after the commands.
        awaitService("org.policyops.api.planning.PlanQuery");
        String out = execute("policyops:plan 2027");
        Set<Long> expectedPlaced = new TreeSet<>();
        for (JsonNode quarter : expected.path("quarters")) {
            for (JsonNode placed : quarter.path("placed")) {
                expectedPlaced.add(placed.path("id").asLong());
            }
        }
        Set<Long> expectedLeftOut = new TreeSet<>();
        expected.path("leftOut").forEach(l -> expectedLeftOut.add(l.path("id").asLong()));
        assertTrue("the samples place something in 2027: " + expected, !expectedPlaced.isEmpty());

        assertTrue(out, out.startsWith("Plan for 2027 ranked by " + expected.path("model").asText()));
        // Placed rows start with their quarter, then the id (columns are separated by '|'); left-out rows start with the id.
        Set<Long> placed = new TreeSet<>();
        for (String line : section(out, "Placed:")) {
            Matcher m = Pattern.compile("^(2027-Q[1-4])\\s*\\|\\s*(\\d+)\\s*\\|.*").matcher(line);
            if (m.matches()) {
                placed.add(Long.parseLong(m.group(2)));
            }
        }
        assertEquals(out, expectedPlaced, placed);
        Set<Long> leftOut = new TreeSet<>();
        for (String line : section(out, "Left out:")) {
            Matcher m = Pattern.compile("^\\s*(\\d+)\\s*\\|.*").matcher(line);
            if (m.matches()) {
                leftOut.add(Long.parseLong(m.group(1)));
            }
        }
        assertEquals(out, expectedLeftOut, leftOut);
        for (JsonNode l : expected.path("leftOut")) {
            String reason = l.path("reason").asText();
            assertTrue(reason + " in\n" + out, out.contains(reason.substring(0, Math.min(TITLE_PREFIX, reason.length()))));
        }

        String q1 = execute("policyops:plan --quarter Q1 --model wsjf 2027");
        assertTrue(q1, q1.startsWith("Plan for 2027-Q1 ranked by wsjf"));
        String bad = execute("policyops:plan --quarter Q5 2027", true);
        assertTrue(bad, bad.contains("IllegalArgumentException") && bad.contains("Q1, Q2, Q3 or Q4"));
    }

    @Test
    public void trainingCommandsShowWhatTheTrainingApiShows() throws Exception {
        JsonNode coverage = api().get("/api/training/coverage?policy=hate-speech&region=EU&role=moderator", "viewer").json().path(0);
        awaitService("org.policyops.api.training.TrainingQuery");
        String out = execute("policyops:coverage --policy hate-speech --role moderator EU");
        String row = out.lines().filter(l -> l.contains("hate-speech")).findFirst().orElseThrow(() -> new AssertionError(out));
        assertTrue(row, row.matches(".*\\b" + coverage.path("inScope").asLong() + "\\s*\\|\\s*" + coverage.path("certified").asLong() + "\\b.*"));

        JsonNode gaps = api.get("/api/training/gaps?limit=3", "viewer").json();
        String gapsOut = execute("policyops:gaps --limit 3");
        String first = gapsOut.strip().split("\\R")[2];
        assertTrue(first, first.contains(gaps.path(0).path("policyKey").asText()) && first.contains(gaps.path(0).path("region").asText()));

        String certs = execute("policyops:certs EU-T01");
        assertTrue(certs, certs.contains("HS-300-TTT (TtT)") && certs.contains("VALID"));
        assertTrue(execute("policyops:certs NO-SUCH-1"), execute("policyops:certs NO-SUCH-1").contains("No learner 'NO-SUCH-1' exists."));
    }

    /** {@code POST /api/planning/plan} for the year, waiting (bounded) while the whiteboard has not registered it yet. */
    @Test
    public void l10nStatusShowsEachRegionGroupsReadiness() throws Exception {
        api();
        String misinfo = execute("policyops:l10n-status policy/misinformation/statement-of-reasons");
        String eu = misinfo.lines().filter(l -> l.startsWith("EU ")).findFirst().orElseThrow(() -> new AssertionError(misinfo));
        assertTrue(eu, eu.contains(" no ") && eu.contains("de fr it"));
        assertTrue(misinfo, misinfo.lines().anyMatch(l -> l.startsWith("APAC ")));

        String hate = execute("policyops:l10n-status -r eu -r uk policy/hate-speech/statement-of-reasons");
        assertTrue(hate, hate.lines().anyMatch(l -> l.startsWith("EU ") && l.contains(" yes ") && l.contains("24/24")));
        assertTrue(hate, hate.lines().anyMatch(l -> l.startsWith("UK ") && l.contains(" yes ")));

        String unknown = execute("policyops:l10n-status policy/none/text");
        assertTrue(unknown, unknown.contains("No content 'policy/none/text'"));
    }

    private JsonNode plan(int year) throws Exception {
        Api.Response r = api().post("/api/planning/plan", "viewer", Map.of("year", year));
        assertEquals(r.toString(), 200, r.status());
        return r.json();
    }

    /** The lines after a heading line up to the next blank line. */
    private static List<String> section(String out, String heading) {
        List<String> lines = out.lines().toList();
        int start = lines.indexOf(heading);
        assertTrue(heading + " in\n" + out, start >= 0);
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).isBlank()) {
            end++;
        }
        return lines.subList(start + 1, end);
    }

    private static String prefix(String title) {
        return title.substring(0, Math.min(TITLE_PREFIX, title.length()));
    }

    /**
     * Runs one command line in a new console session as an administrator (as Karaf's KarafTestSupport does) and
     * answers what it printed; a command that fails fails the test unless {@code mayFail}, when the failure is
     * appended to the output. Waits, bounded, for the shell to register the policyops commands.
     */
    /** Waits (bounded) until a service of the class is registered. */
    private void awaitService(String className) {
        Waiting.waitUntil("the " + className + " service", Duration.ofSeconds(60),
                () -> bundleContext.getServiceReference(className) != null);
    }

    private String execute(String command) throws Exception {
        return execute(command, false);
    }

    private String execute(String command, boolean mayFail) throws Exception {
        Waiting.waitUntil("the policyops commands", Duration.ofSeconds(60),
                () -> sessionFactory.getRegistry().getCommand("policyops", "deps") != null
                        && sessionFactory.getRegistry().getCommand("policyops", "portfolio") != null
                        && sessionFactory.getRegistry().getCommand("policyops", "plan") != null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            Session session = sessionFactory.create(System.in, out, out);
            Subject admin = new Subject();
            admin.getPrincipals().add(new UserPrincipal("admin"));
            admin.getPrincipals().add(new RolePrincipal("admin"));
            try {
                Subject.doAs(admin, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
            } catch (Exception e) {
                Throwable cause = e instanceof java.security.PrivilegedActionException ? e.getCause() : e;
                if (!mayFail) {
                    throw new AssertionError(command + " failed; it printed: " + bytes.toString(StandardCharsets.UTF_8), cause);
                }
                return bytes.toString(StandardCharsets.UTF_8) + cause;
            } finally {
                session.close();
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
