package org.policyops.itests;

import static org.policyops.itests.TestPlugins.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The EU example plugin together with the localization and launches features, as a regional team would use them:
 * the EU pack's translation rule fails a launch while the policy's texts are not translated, passes once a
 * translator has reviewed every official EU language, and fails again when planning creates a newer version of
 * the policy, which makes those translations stale.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EuReadinessIT extends PolicyOpsTestSupport {

    static final String RULE = "eu.dsa-texts-in-official-languages";

    /** The 24 official languages of the EU; English is the source of the texts below. */
    static final List<String> EU_TRANSLATIONS = List.of("bg", "cs", "da", "de", "el", "es", "et", "fi", "fr", "ga", "hr",
            "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv");

    @Override
    protected List<Option> extraOptions() {
        return List.of(editConfigurationFilePut("etc/system.properties", "policyops.example.eu",
                System.getProperty("policyops.example.eu")));
    }

    @Test
    public void theEuTranslationRuleFailsUntilEveryOfficialLanguageIsReviewedAndAgainWhenTheSourceChanges() throws Exception {
        Api api = api();
        String key = PlatformIT.uniqueKey();
        assertEquals(201, api.post("/api/planning/policies", "planner", PlatformIT.policy(key)).status());
        assertEquals(201, api.post("/api/planning/policies/" + key + "/versions", "planner",
                Map.of("version", "1.0", "summary", "Coded slurs")).status());
        Api.Response launch = api.post("/api/launches", "planner", Map.of("title", "Coded slurs — EU", "policyKey", key,
                "policyVersion", "1.0.0", "regions", List.of(Map.of("region", "EU", "targetDate",
                        LocalDate.now(ZoneOffset.UTC).plusDays(45).toString()))));
        assertEquals(launch.toString(), 201, launch.status());
        String readiness = "/api/launches/" + launch.json().path("id").asLong() + "/readiness?region=EU";

        Path jar = TestPlugins.drop(TestPlugins.artifact("policyops.example.eu"), "eu-pack-readiness.jar");
        try {
            await("the EU pack's rule takes part in readiness", () -> euRule(api, readiness) != null);

            // Nothing registered for translation yet.
            JsonNode rule = euRule(api, readiness);
            assertEquals(rule.toString(), "FAIL", rule.path("verdict").asText());
            assertTrue(rule.toString(), rule.path("findings").toString().contains("not registered for translation"));
            assertTrue(rule.path("blocking").asBoolean());

            for (String content : List.of("text", "statement-of-reasons")) {
                Api.Response registered = api.post("/api/localization/contents", "translator", Map.of(
                        "key", "policy/" + key + "/" + content, "sourceLocale", "en",
                        "sourceText", "Content that attacks people for a protected characteristic is removed (" + content + ").",
                        "policyKey", key, "policyVersion", "1.0.0"));
                assertEquals(registered.toString(), 201, registered.status());
            }
            rule = euRule(api, readiness);
            assertEquals("FAIL", rule.path("verdict").asText());
            assertTrue(rule.toString(), rule.path("findings").toString().contains("not ready in 23 of 24 languages"));

            // The statement of reasons reviewed everywhere: the policy text still blocks.
            translateAll(api, "policy/" + key + "/statement-of-reasons");
            rule = euRule(api, readiness);
            assertEquals("FAIL", rule.path("verdict").asText());
            assertEquals(rule.toString(), 1, rule.path("findings").size());
            assertTrue(rule.toString(), rule.path("findings").path(0).path("evidence").asText().startsWith("policy/" + key + "/text"));

            translateAll(api, "policy/" + key + "/text");
            rule = euRule(api, readiness);
            assertEquals(rule.toString(), "PASS", rule.path("verdict").asText());
            assertTrue(rule.toString(), rule.path("findings").toString().contains("ready in all 24 languages"));
            // The requirements the rule checks come with the localization catalog's details.
            JsonNode art17 = rule.path("requirements").path(0);
            assertEquals(rule.toString(), "EU-DSA-17", art17.path("id").asText());
            assertEquals("Art. 17", art17.path("article").asText());
            assertEquals("EU-DSA-14", rule.path("requirements").path(1).path("id").asText());

            // Planning creates version 1.1: the texts now belong to it, and every translation is stale.
            assertEquals(201, api.post("/api/planning/policies/" + key + "/versions", "planner",
                    Map.of("version", "1.1", "summary", "Coded slurs, with emoji")).status());
            await("the translations go stale", () -> "FAIL".equals(euRule(api, readiness).path("verdict").asText()));
            assertTrue(euRule(api, readiness).toString(), euRule(api, readiness).path("findings").toString()
                    .contains("stale (made from an older source)"));
        } finally {
            Files.deleteIfExists(jar);
        }
        await("the EU pack leaves readiness", () -> euRule(api, readiness) == null);
    }

    private static void translateAll(Api api, String content) {
        for (String locale : EU_TRANSLATIONS) {
            Api.Response put = api.put("/api/localization/contents/" + content + "/translations/" + locale, "translator",
                    Map.of("text", "[" + locale + "] translated and reviewed", "status", "REVIEWED", "translator", "t.novak"),
                    null);
            assertTrue(put.toString(), put.status() == 200 || put.status() == 201);
        }
    }

    /** The EU translation rule's evaluation in the launch's EU region, or null while the rule is not there. */
    private static JsonNode euRule(Api api, String readiness) {
        Api.Response r = api.get(readiness, "viewer");
        assertEquals(r.toString(), 200, r.status());
        for (JsonNode rule : r.json().path("regions").path(0).path("rules")) {
            if (RULE.equals(rule.path("ruleId").asText())) {
                return rule;
            }
        }
        return null;
    }

}
