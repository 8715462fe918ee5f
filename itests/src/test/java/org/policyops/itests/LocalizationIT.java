package org.policyops.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
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
import org.policyops.api.localization.ContentKeys;
import org.policyops.api.localization.ContentReadiness;
import org.policyops.api.localization.LocalizationEvents;
import org.policyops.api.localization.RequirementCatalog;
import org.policyops.api.localization.TranslationStatus;
import org.policyops.testing.Waiting;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Localization over REST and as the TranslationStatus service: reference and sample data, roles and validation,
 * XLIFF and PO round trips, and a translation going stale when planning gets a new policy version.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LocalizationIT extends PolicyOpsTestSupport {

    static final String L10N = "/api/localization";

    @Inject
    BundleContext bundleContext;

    @Inject
    TranslationStatus translationStatus;

    @Inject
    RequirementCatalog requirements;

    @Test
    public void theReferenceAndSampleDataAreThere() throws Exception {
        JsonNode eu = api().get(L10N + "/regions/EU", "viewer").json();
        assertEquals(27, eu.path("members").size());
        assertEquals(24, eu.path("requiredLocales").size());
        Api.Response groups = api.get(L10N + "/regions?kind=GROUP&limit=2", "viewer");
        assertEquals(groups.toString(), "4", groups.header("X-Total-Count"));
        assertEquals(2, groups.json().path("items").size());
        assertTrue(api.get(L10N + "/locales?limit=500", "viewer").json().path("total").asInt() >= 40);
        JsonNode sor = api.get(L10N + "/requirements/EU-DSA-17", "viewer").json();
        assertEquals("Art. 17", sor.path("article").asText());
        assertTrue(requirements.find(RequirementCatalog.UK_OSA_ILLEGAL_CONTENT_RISK_ASSESSMENT).isPresent());

        // The service a compliance rule calls, and the same answer over REST.
        ContentReadiness hate = translationStatus.readiness(ContentKeys.statementOfReasons("hate-speech"), RegionCode.of("EU")).orElseThrow();
        assertTrue(hate.toString(), hate.ready());
        JsonNode child = api.get(L10N + "/contents/policy/child-safety/statement-of-reasons/readiness?region=EU", "viewer").json();
        assertFalse(child.path("ready").asBoolean());
        assertTrue(child.toString(), child.path("missingLocales").toString().contains("\"hr\""));
        assertTrue(child.toString(), child.path("unreviewedLocales").toString().contains("\"ga\""));
        JsonNode misinfo = api.get(L10N + "/contents/policy/misinformation/statement-of-reasons/readiness?region=EU", "viewer").json();
        assertEquals("[\"de\",\"fr\",\"it\"]", misinfo.path("staleLocales").toString());

        JsonNode overdue = api.get(L10N + "/timelines?overdue=true", "viewer").json();
        assertTrue(overdue.toString(), overdue.path("total").asInt() >= 1);
        assertTrue(overdue.path("items").path(0).path("overdue").size() >= 1);
        JsonNode summary = api.get(L10N + "/translations/summary?content=policy/misinformation/statement-of-reasons", "viewer").json();
        assertEquals(3, summary.path("de").path("STALE").asInt() + summary.path("fr").path("STALE").asInt()
                + summary.path("it").path("STALE").asInt());
    }

    @Test
    public void rolesValidationAndETags() throws Exception {
        String key = "itest/" + PlatformIT.uniqueKey() + "/text";
        Map<String, Object> content = Map.of("key", key, "sourceLocale", "en", "sourceText", "Be kind.");
        assertEquals(401, api().post(L10N + "/contents", null, content).status());
        assertEquals(403, api.post(L10N + "/contents", "viewer", content).status());

        Api.Response bad = api.post(L10N + "/contents", "translator", Map.of("key", "Not A Key", "sourceLocale", "xx-!!"));
        assertEquals(bad.toString(), 400, bad.status());
        assertTrue(bad.header("Content-Type").startsWith("application/problem+json"));
        assertTrue(bad.body(), bad.body().contains("\"key\"") && bad.body().contains("\"sourceLocale\"") && bad.body().contains("\"sourceText\""));

        Api.Response created = api.post(L10N + "/contents", "translator", content);
        assertEquals(created.toString(), 201, created.status());
        assertTrue(created.header("Location"), created.header("Location").endsWith("/api/localization/contents/" + key));
        String etag = created.header("ETag");
        assertNotNull(etag);
        assertEquals(409, api.post(L10N + "/contents", "translator", content).status());

        Map<String, Object> changed = Map.of("sourceLocale", "en", "sourceText", "Be kind to each other.");
        assertEquals(200, api.put(L10N + "/contents/" + key, "translator", changed, etag).status());
        Api.Response stale = api.put(L10N + "/contents/" + key, "translator", changed, etag);
        assertEquals(stale.toString(), 412, stale.status());

        Map<String, Object> translation = Map.of("text", "Seid nett zueinander.", "status", "REVIEWED");
        Api.Response lead = api.put(L10N + "/contents/" + key + "/translations/de", "lead-eu", translation, null);
        assertEquals(lead.toString(), 200, lead.status());
        assertEquals(403, api.put(L10N + "/contents/" + key + "/translations/ja", "lead-eu", translation, null).status());
        assertEquals(403, api.put(L10N + "/contents/" + key + "/translations/fr", "viewer", translation, null).status());
        Api.Response badStatus = api.put(L10N + "/contents/" + key + "/translations/fr", "translator", Map.of("status", "DONE"), null);
        assertEquals(400, badStatus.status());
        assertTrue(badStatus.body().contains("\"status\""));

        // Timelines: a regional lead writes its own regions only.
        Map<String, Object> timeline = new HashMap<>(Map.of("policyKey", "hate-speech", "policyVersion", "9.9.9", "region", "EU",
                "translationDue", "2030-01-10", "trainingDue", "2030-01-20", "enforcementStart", "2030-02-01"));
        Api.Response t = api.post(L10N + "/timelines", "lead-eu", timeline);
        assertEquals(t.toString(), 201, t.status());
        timeline.put("region", "JP");
        assertEquals(403, api.post(L10N + "/timelines", "lead-eu", timeline).status());
        timeline.put("trainingDue", "2029-12-01");
        Api.Response order = api.post(L10N + "/timelines", "translator", timeline);
        assertEquals(400, order.status());
        assertTrue(order.body().contains("trainingDue"));
        assertEquals(400, api.get(L10N + "/timelines?limit=ten", "viewer").status());
    }

    @Test
    public void xliffAndPoRoundTrips() throws Exception {
        String prefix = "itest/" + PlatformIT.uniqueKey() + "/";
        String text = "Tricky & <markup> \"quotes\"\nsecond line ✓";
        for (String name : List.of("a", "b")) {
            assertEquals(201, api().post(L10N + "/contents", "translator",
                    Map.of("key", prefix + name, "sourceLocale", "en", "sourceText", text + " " + name)).status());
        }
        assertEquals(200, api.put(L10N + "/contents/" + prefix + "a/translations/fr", "translator",
                Map.of("text", "Délicat & <balisage>\nseconde ligne", "status", "REVIEWED", "translator", "c.dubois"), null).status());

        for (String format : List.of("xliff", "po")) {
            String exportUrl = L10N + "/translations/export?format=" + format + "&locale=fr&prefix=" + prefix;
            Api.Response export = api.get(exportUrl, "viewer");
            assertEquals(export.toString(), 200, export.status());
            String file = export.body();
            Api.Response same = api.send("POST", L10N + "/translations/import?format=" + format, "translator", "text/plain", file, Map.of());
            assertEquals(same.toString(), 200, same.status());
            assertEquals(same.body(), 1, same.json().path("unchanged").asInt());
            assertEquals(same.body(), 1, same.json().path("skippedMissing").asInt());
            assertEquals(file, api.get(exportUrl, "viewer").body());
        }

        // A translator fills in b with a CAT tool; the PO comes back with a translation.
        String po = api.get(L10N + "/translations/export?format=po&locale=fr&prefix=" + prefix, "viewer").body();
        String filled = po.replace("msgstr \"\"\n\n", "msgstr \"\"\n\n").replaceFirst("(msgctxt \"" + prefix + "b\"\n(?:.*\n)*?msgstr )\"\"", "$1\"Rempli\"");
        assertNotEquals(po, filled);
        Api.Response imported = api.send("POST", L10N + "/translations/import?format=po", "translator", "text/x-gettext-translation", filled, Map.of());
        assertEquals(imported.toString(), 1, imported.json().path("created").asInt());
        assertEquals("TRANSLATED", api.get(L10N + "/contents/" + prefix + "b/translations/fr", "viewer").json().path("status").asText());

        // Malformed: the problem names the line, and nothing of the file is kept.
        String broken = filled.replace("Rempli", "Changé") + "\nmsgctxt \"" + prefix + "a\"\nmsgid \"x\"\nmsgstr \"y\n";
        Api.Response refused = api.send("POST", L10N + "/translations/import?format=po", "translator", "text/plain", broken, Map.of());
        assertEquals(refused.toString(), 400, refused.status());
        assertTrue(refused.body(), refused.json().path("line").asInt() > 0);
        assertTrue(refused.json().path("detail").asText().startsWith("line "));
        assertEquals("Rempli", api.get(L10N + "/contents/" + prefix + "b/translations/fr", "viewer").json().path("text").asText());

        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<xliff/>";
        Api.Response evil = api.send("POST", L10N + "/translations/import?format=xliff", "translator", "application/xliff+xml", xxe, Map.of());
        assertEquals(evil.toString(), 400, evil.status());
        assertFalse(evil.body().contains("root:"));
        assertEquals(evil.body(), 2, evil.json().path("line").asInt());
        assertTrue(evil.body(), evil.json().path("detail").asText().contains("DOCTYPE"));

        // Okapi's own XLIFF 2 checks run in the container too: a repeated unit id is refused at that unit's line.
        String xliff = api.get(L10N + "/translations/export?format=xliff&locale=fr&prefix=" + prefix, "viewer").body();
        String twice = xliff.replace("id=\"u2\"", "id=\"u1\"");
        assertNotEquals(xliff, twice);
        Api.Response repeated = api.send("POST", L10N + "/translations/import?format=xliff", "translator", "application/xliff+xml", twice, Map.of());
        assertEquals(repeated.toString(), 400, repeated.status());
        List<String> lines = List.of(twice.split("\n", -1));
        int unitLine = 0;
        for (int i = 0, seen = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("id=\"u1\"") && ++seen == 2) {
                unitLine = i + 1;
            }
        }
        assertTrue(twice, unitLine > 0);
        assertEquals(repeated.body(), unitLine, repeated.json().path("line").asInt());
    }

    @Test
    public void aNewPolicyVersionInPlanningMakesTranslationsStale() throws Exception {
        List<Event> events = new CopyOnWriteArrayList<>();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, LocalizationEvents.SOURCE_CHANGED);
        ServiceRegistration<EventHandler> reg = bundleContext.registerService(EventHandler.class, events::add, props);
        try {
            String policy = PlatformIT.uniqueKey();
            assertEquals(201, api().post("/api/planning/policies", "planner", PlatformIT.policy(policy)).status());
            assertEquals(201, api.post("/api/planning/policies/" + policy + "/versions", "planner",
                    Map.of("version", "1.0", "summary", "First version")).status());
            String key = ContentKeys.statementOfReasons(policy);
            assertEquals(201, api.post(L10N + "/contents", "translator", Map.of("key", key, "sourceLocale", "en",
                    "sourceText", "We restricted your content.", "policyKey", policy, "policyVersion", "1.0.0")).status());
            assertEquals(200, api.put(L10N + "/contents/" + key + "/translations/de", "translator",
                    Map.of("text", "Wir haben Ihren Inhalt eingeschränkt.", "status", "REVIEWED"), "*").status());
            String readiness = L10N + "/contents/" + key + "/readiness?region=DE";
            assertTrue(api.get(readiness, "viewer").json().path("ready").asBoolean());

            assertEquals(201, api.post("/api/planning/policies/" + policy + "/versions", "planner",
                    Map.of("version", "1.1", "summary", "Second version")).status());

            JsonNode r = awaitStale(readiness);
            assertEquals("[\"de\"]", r.path("staleLocales").toString());
            JsonNode content = api.get(L10N + "/contents/" + key, "viewer").json();
            assertEquals("1.1.0", content.path("policyVersion").asText());
            assertTrue(content.toString(), content.path("sourceChangeReason").asText().contains("1.1.0"));
            JsonNode translation = api.get(L10N + "/contents/" + key + "/translations/de", "viewer").json();
            assertTrue(translation.path("stale").asBoolean());
            assertFalse(translationStatus.readiness(key, RegionCode.of("DE")).orElseThrow().ready());
            Event posted = events.stream().filter(e -> key.equals(e.getProperty(LocalizationEvents.PROP_CONTENT_KEY)))
                    .findFirst().orElseThrow(() -> new AssertionError("no SOURCE_CHANGED for " + key + " in " + events));
            assertEquals("de", posted.getProperty(LocalizationEvents.PROP_STALE_LOCALES));

            // Redone from the current revision, the locale is ready again.
            assertEquals(200, api.put(L10N + "/contents/" + key + "/translations/de", "translator",
                    Map.of("text", "Wir haben Ihren Inhalt eingeschränkt (1.1).", "status", "REVIEWED"), "*").status());
            assertTrue(api.get(readiness, "viewer").json().path("ready").asBoolean());
        } finally {
            reg.unregister();
        }
    }

    @Test
    public void localizationWorksWhilePlanningIsStopped() throws Exception {
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
            // Stopping a bundle with resources makes the whiteboard re-publish the application; health says when.
            api.awaitApiServed(java.time.Duration.ofSeconds(60));
            String key = "itest/" + PlatformIT.uniqueKey() + "/alone";
            assertEquals(201, api.post(L10N + "/contents", "translator",
                    Map.of("key", key, "sourceLocale", "en", "sourceText", "No planning needed.")).status());
            assertEquals(200, api.put(L10N + "/contents/" + key + "/translations/fr", "translator",
                    Map.of("text", "Pas besoin de planification.", "status", "REVIEWED"), null).status());
            JsonNode fr = api.get(L10N + "/contents/" + key + "/readiness?region=FR", "viewer").json();
            assertTrue(fr.toString(), fr.path("ready").asBoolean());
            assertEquals("UP", PlatformIT.domain(api.get("/api/health", null).json(), "localization").path("status").asText());
        } finally {
            planning.start();
        }
        api.awaitHealthy(java.time.Duration.ofSeconds(60));
    }

    /** Polls (bounded) until the readiness lists a stale locale: the planning event is delivered asynchronously. */
    private JsonNode awaitStale(String path) {
        return Waiting.waitForAssert(() -> {
            JsonNode readiness = api.get(path, "viewer").json();
            assertTrue("no stale locale yet: " + readiness, readiness.path("staleLocales").size() > 0);
            return readiness;
        });
    }
}
