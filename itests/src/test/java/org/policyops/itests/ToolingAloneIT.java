package org.policyops.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The distribution booted with {@code policyops-tooling} as its only PolicyOps feature: the registry works without
 * planning, launches, localization and training.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ToolingAloneIT extends PolicyOpsTestSupport {

    @Inject
    FeaturesService features;

    @Override
    protected List<Option> extraOptions() {
        return List.of(bootAlone("policyops-tooling"));
    }

    @Test
    public void theRegistryWorksWithoutTheOtherDomains() throws Exception {
        assertTrue(features.isInstalled(features.getFeature("policyops-tooling")));
        for (String other : List.of("policyops-planning", "policyops-launches", "policyops-localization", "policyops-training")) {
            assertFalse(other + " is not installed", features.isInstalled(features.getFeature(other)));
        }
        Api api = new Api(httpPort());
        api.awaitHealthy(Duration.ofSeconds(120));
        assertTrue(api.get("/api/tooling/tools", "viewer").json().path("total").asInt() >= 12);
        Api.Response created = api.post("/api/tooling/tools", "toolsmith", java.util.Map.of("key", PlatformIT.uniqueKey(),
                "name", "Alone", "kind", "TOOL", "stages", List.of("TESTING"), "ownerTeam", "Integrity Tooling"));
        assertEquals(created.toString(), 201, created.status());
        Api.Response yaml = api.send("GET", "/api/tooling/catalog-info", "viewer", null, null, java.util.Map.of());
        assertEquals(200, yaml.status());

        // The sample LMS's population names the role moderator: without training its number stands in, and says so.
        com.fasterxml.jackson.databind.JsonNode lms = api.get("/api/tooling/adoption?tool=lms&region=EU", "viewer").json().path(0);
        assertEquals(lms.toString(), 40, lms.path("targetPopulation").asInt());
        assertEquals("NUMBER", lms.path("populationSource").asText());
        assertTrue(lms.toString(), lms.path("populationNote").asText().contains("not installed"));
        // CSV usage works without training (Commons CSV comes with the core feature).
        String day = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        Api.Response csv = api.send("POST", "/api/tooling/usage", "toolsmith", "text/csv",
                "tool,user,region,day,actions\nlms,eu-alone,EU," + day + ",2\n", java.util.Map.of());
        assertEquals(csv.toString(), 200, csv.status());
    }
}
