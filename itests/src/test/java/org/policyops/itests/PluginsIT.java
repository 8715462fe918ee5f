package org.policyops.itests;

import static org.policyops.itests.TestPlugins.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.SynchronousBundleListener;
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.ComplianceRule;
import org.policyops.api.compliance.Verdict;
import org.policyops.api.launches.ComplianceRuntime;
import org.policyops.api.launches.LaunchSummary;
import org.policyops.api.launches.ReadinessReport;
import org.policyops.api.launches.RuleEvaluation;
import org.policyops.api.compliance.RuleResult;
import org.policyops.itests.plugins.HangingRule;
import org.policyops.itests.plugins.ThrowingRule;
import org.policyops.itests.plugins.VersionedRule;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Plugins in a running container: dropped into deploy/ or uploaded over REST, upgraded and removed, broken in
 * three ways; the inventory shows each, and no other bundle is stopped or refreshed meanwhile.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PluginsIT extends PolicyOpsTestSupport {

    static final String EU = "org.policyops.examples.eu";
    static final String UK = "org.policyops.examples.uk";

    @Inject
    BundleContext bundleContext;

    @Inject
    SessionFactory sessionFactory;

    /** Bundles other than the plugins under test that stopped during a test, by symbolic name. */
    private final List<String> othersStopped = new CopyOnWriteArrayList<>();
    private final Set<String> pluginsUnderTest = new java.util.concurrent.ConcurrentSkipListSet<>();
    private SynchronousBundleListener listener;

    @Override
    protected List<Option> extraOptions() {
        List<Option> options = new ArrayList<>();
        for (String property : List.of("policyops.example.eu", "policyops.example.uk", "policyops.example.archetype")) {
            options.add(editConfigurationFilePut("etc/system.properties", property, System.getProperty(property)));
        }
        return options;
    }

    @Before
    public void watchOtherBundles() throws Exception {
        api();
        listener = event -> {
            String name = event.getBundle().getSymbolicName();
            if ((event.getType() == BundleEvent.STOPPED || event.getType() == BundleEvent.UNRESOLVED) && !pluginsUnderTest.contains(name)) {
                othersStopped.add(name + " (" + event.getType() + ")");
            }
        };
        bundleContext.addBundleListener(listener);
    }

    @After
    public void noOtherBundleStopped() {
        bundleContext.removeBundleListener(listener);
        assertEquals("installing and removing plugins stops no other bundle", List.of(), othersStopped);
    }

    @Test
    public void anExamplePluginDroppedIntoDeployTakesPartAndLeavesWhenItsFileIsDeleted() throws Exception {
        pluginsUnderTest.addAll(List.of(EU, UK));
        long start = System.nanoTime();
        Path file = TestPlugins.drop(TestPlugins.artifact("policyops.example.eu"), "eu-pack.jar");
        await("the EU pack is active", () -> rules(EU).size() == 2);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("deploy/ -> rules registered: " + millis + " ms");
        Path ukFile = TestPlugins.drop(TestPlugins.artifact("policyops.example.uk"), "uk-pack.jar");
        try {
            await("the UK pack is active", () -> rules(UK).size() == 2);
            assertEquals(Set.of("uk.osa-illegal-content-risk-assessment", "uk.enforcement-on-working-day"),
                    rules(UK).stream().map(ComplianceRule::id).collect(Collectors.toSet()));
            assertEquals("[\"UK\"]", plugin(UK).orElseThrow().path("regions").toString());

            JsonNode plugin = plugin(EU).orElseThrow();
            assertEquals("ACTIVE", plugin.path("state").asText());
            assertEquals("EU compliance pack", plugin.path("name").asText());
            assertEquals("[\"EU\"]", plugin.path("regions").toString());
            assertEquals("Policy EMEA", plugin.path("team").asText());
            assertEquals("eu-pack.jar", plugin.path("deployedFile").asText());
            assertEquals(Set.of("eu.dsa-texts-in-official-languages", "eu.moderator-training-coverage"),
                    rules(EU).stream().map(ComplianceRule::id).collect(Collectors.toSet()));
            assertRuntimeView(plugin, 2);
            assertEquals(plugin.toString(), 200, api().get("/api/plugins/" + plugin.path("bundleId").asLong(), "viewer").status());

            // The rules take part in readiness and judge from the localization and training services the distribution
            // has installed.
            long euLaunch = launchIn("EU");
            RuleEvaluation texts = evaluation(euLaunch, "EU", "eu.dsa-texts-in-official-languages").orElseThrow();
            assertTrue(texts.toString(), texts.verdict() == Verdict.PASS || texts.verdict() == Verdict.FAIL);
            assertEquals(EU, texts.plugin());
            RuleEvaluation coverage = evaluation(euLaunch, "EU", "eu.moderator-training-coverage").orElseThrow();
            assertTrue(coverage.toString(), coverage.verdict() == Verdict.PASS || coverage.verdict() == Verdict.FAIL);
            // Without those features they say why they cannot judge, as NOT_APPLICABLE.
            List<String> features = List.of("org.policyops.localization", "org.policyops.training");
            pluginsUnderTest.addAll(features); // stopped on purpose here
            List<Bundle> stopped = new ArrayList<>();
            try {
                for (Bundle b : bundleContext.getBundles()) {
                    if (features.contains(b.getSymbolicName())) {
                        b.stop();
                        stopped.add(b);
                    }
                }
                assertEquals(2, stopped.size());
                texts = evaluation(euLaunch, "EU", "eu.dsa-texts-in-official-languages").orElseThrow();
                assertEquals(texts.toString(), Verdict.NOT_APPLICABLE, texts.verdict());
                assertTrue(texts.findings().toString(), texts.findings().get(0).message().contains("localization feature is not installed"));
                assertEquals(Verdict.NOT_APPLICABLE, evaluation(euLaunch, "EU", "eu.moderator-training-coverage").orElseThrow().verdict());
            } finally {
                for (Bundle b : stopped) {
                    b.start();
                }
            }
            long ukLaunch = launchIn("UK");
            assertTrue(evaluation(ukLaunch, "UK", "uk.osa-illegal-content-risk-assessment").isPresent());
            Api.Response rest = api().get("/api/launches/" + euLaunch + "/readiness?region=EU", "viewer");
            assertEquals(rest.toString(), 200, rest.status());
            assertTrue(rest.body(), rest.body().contains("eu.dsa-texts-in-official-languages"));

            Files.deleteIfExists(file);
            Files.deleteIfExists(ukFile);
            await("the EU pack is gone", () -> plugin(EU).isEmpty() && rules(EU).isEmpty());
            await("the UK pack is gone", () -> plugin(UK).isEmpty() && rules(UK).isEmpty());
            assertTrue("a removed plugin's rules take no part", evaluation(euLaunch, "EU", "eu.dsa-texts-in-official-languages").isEmpty());
            assertEquals(404, api().get("/api/plugins/" + plugin.path("bundleId").asLong(), "viewer").status());
        } finally {
            // A failure above must not leave the packs deployed for the other tests.
            Files.deleteIfExists(file);
            Files.deleteIfExists(ukFile);
        }
    }

    /**
     * A plugin rule sees the launch region's calendar from the running features: the UK's time zone from
     * localization's regions and a public holiday recorded over planning's REST API (then deleted with If-Match).
     */
    @Test
    public void aPluginRuleSeesTheRegionsPublicHolidaysAndTimeZone() throws Exception {
        pluginsUnderTest.add(UK);
        Path file = TestPlugins.drop(TestPlugins.artifact("policyops.example.uk"), "uk-pack.jar");
        try {
            await("the UK pack is active", () -> rules(UK).size() == 2);
            // A weekday two months ahead, so that notice is no issue and only the holiday decides.
            LocalDate target = LocalDate.now(ZoneOffset.UTC).plusDays(60);
            while (target.getDayOfWeek().getValue() > 5 || api().get("/api/planning/public-holidays?region=UK&from="
                    + target + "&to=" + target, "viewer").json().path("total").asLong() > 0) {
                target = target.plusDays(1);
            }
            Api.Response launch = api().post("/api/launches", "planner", Map.of("title", "Harassment v2.0 — UK calendar",
                    "policyKey", "harassment-bullying", "policyVersion", "2.0.0",
                    "regions", List.of(Map.of("region", "UK", "targetDate", target.toString()))));
            assertEquals(launch.toString(), 201, launch.status());
            long id = launch.json().path("id").asLong();
            String rule = "uk.enforcement-on-working-day";

            Api.Response holiday = api().post("/api/planning/public-holidays", "planner", Map.of("region", "UK",
                    "date", target.toString(), "name", "Coronation bank holiday (itest)"));
            assertEquals(holiday.toString(), 201, holiday.status());
            RuleEvaluation onHoliday = evaluation(id, "UK", rule).orElseThrow();
            assertEquals(onHoliday.toString(), Verdict.FAIL, onHoliday.verdict());
            assertTrue(onHoliday.toString(), onHoliday.findings().get(0).message()
                    .contains("is a public holiday in UK (Coronation bank holiday (itest))"));
            Api.Response rules = api().get("/api/launches/rules", "viewer");
            assertTrue(rules.body(), rules.json().path("calendars").asText().contains("public holidays from planning"));

            Api.Response missingIfMatch = api().delete("/api/planning/public-holidays/" + holiday.json().path("id").asLong(),
                    "planner", null);
            assertEquals(missingIfMatch.toString(), 428, missingIfMatch.status());
            Api.Response deleted = api().delete("/api/planning/public-holidays/" + holiday.json().path("id").asLong(),
                    "planner", holiday.header("ETag"));
            assertEquals(deleted.toString(), 204, deleted.status());
            RuleEvaluation working = evaluation(id, "UK", rule).orElseThrow();
            assertEquals(working.toString(), Verdict.PASS, working.verdict());
            assertTrue(working.toString(), working.findings().get(0).message().contains("(Europe/London), a working day."));
        } finally {
            Files.deleteIfExists(file);
        }
        await("the UK pack is gone", () -> plugin(UK).isEmpty() && rules(UK).isEmpty());
    }

    @Test
    public void theConsoleShowsPluginsRulesAndReadiness() throws Exception {
        pluginsUnderTest.add(UK);
        Path file = TestPlugins.drop(TestPlugins.artifact("policyops.example.uk"), "uk-pack.jar");
        await("the UK pack is active", () -> rules(UK).size() == 2);
        long bundleId = plugin(UK).orElseThrow().path("bundleId").asLong();

        String plugins = console("policyops:plugins");
        String row = plugins.lines().filter(l -> l.contains("UK compliance pack")).findFirst().orElseThrow(() -> new AssertionError(plugins));
        assertTrue(row, row.matches("\\s*" + bundleId + "\\s.*ACTIVE.*UK.*Policy EMEA.*"));

        String rulesOut = console("policyops:rules --region UK");
        assertTrue(rulesOut, rulesOut.contains("uk.osa-illegal-content-risk-assessment") && rulesOut.contains("UK-OSA-9"));
        assertFalse("EU-only rules are left out: " + rulesOut, console("policyops:rules --region US").contains("uk.osa-illegal"));

        long launch = launchIn("UK");
        ReadinessReport expected = runtime().readiness(launch, RegionCode.of("UK")).orElseThrow();
        String readiness = console("policyops:readiness --region UK " + launch);
        assertTrue(readiness, readiness.startsWith("Launch " + launch + ": "));
        String regionRow = readiness.lines().filter(l -> l.startsWith("UK ")).findFirst().orElseThrow(() -> new AssertionError(readiness));
        assertTrue(regionRow + " vs " + expected, regionRow.contains(expected.regions().get(0).readiness().name()));
        String ruleRow = readiness.lines().filter(l -> l.contains("uk.osa-illegal-content-risk-assessment")).findFirst()
                .orElseThrow(() -> new AssertionError(readiness));
        RuleEvaluation uk = evaluation(launch, "UK", "uk.osa-illegal-content-risk-assessment").orElseThrow();
        assertTrue(ruleRow + " vs " + uk, ruleRow.contains(uk.verdict().name()));
        Files.delete(file);
        await("the UK pack is gone", () -> plugin(UK).isEmpty());
        assertFalse(console("policyops:rules").contains("uk.osa-illegal"));
    }

    /** Runs a console command as an administrator and returns what it printed. */
    private String console(String command) throws Exception {
        await("the plugin commands are registered", () -> sessionFactory.getRegistry().getCommand("policyops", "readiness") != null
                && sessionFactory.getRegistry().getCommand("policyops", "plugins") != null);
        return TestPlugins.console(sessionFactory, command);
    }

    @Test
    public void aKarDroppedIntoDeployInstallsItsPluginAndRefreshesNothingElse() throws Exception {
        pluginsUnderTest.add(UK);
        byte[] kar = TestPlugins.kar("org.policyops.itests", "uk-kar", "1.0.0", "uk-pack",
                Files.readAllBytes(TestPlugins.artifact("policyops.example.uk")));
        Path file = TestPlugins.drop(kar, "uk-pack.kar");
        await("the UK pack from the kar is active", () -> rules(UK).size() == 2);
        JsonNode plugin = plugin(UK).orElseThrow();
        assertEquals("ACTIVE", plugin.path("state").asText());
        assertEquals("mvn:org.policyops.itests/uk-kar/1.0.0", plugin.path("location").asText());
        assertTrue(evaluation(launchIn("UK"), "UK", "uk.osa-illegal-content-risk-assessment").isPresent());
        Files.delete(file);
        await("the UK pack is gone with its kar", () -> plugin(UK).isEmpty() && rules(UK).isEmpty());

        // The same kar over REST: stored in deploy/ for the kar deployer, answered with 202.
        HttpResponse<String> accepted = upload(kar, "admin", "uk-pack.kar");
        assertEquals(accepted.body(), 202, accepted.statusCode());
        assertTrue(accepted.body(), accepted.body().contains("\"kar\":true"));
        await("the UK pack from the uploaded kar is active", () -> rules(UK).size() == 2);
        Files.delete(TestPlugins.deployDir().resolve("uk-pack.kar"));
        await("the UK pack is gone again", () -> plugin(UK).isEmpty() && rules(UK).isEmpty());
    }

    @Test
    public void aPluginFeatureInstalledFromTheConsoleTakesPartAndRefreshesNothingElse() throws Exception {
        pluginsUnderTest.add(UK);
        // A regional team's features repository with the UK pack, as an administrator would add it.
        Path repo = Files.createTempFile(TestPlugins.deployDir().getParent(), "uk-plugin-", "-features.xml");
        Files.writeString(repo, "<features name=\"uk-plugin\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">"
                + "<feature name=\"uk-pack-feature\" version=\"1.0.0\"><bundle>"
                + TestPlugins.artifact("policyops.example.uk").toUri() + "</bundle></feature></features>");
        try {
            console("feature:repo-add " + repo.toUri());
            console("feature:install --no-auto-refresh uk-pack-feature");
            await("the UK pack from its feature is active", () -> rules(UK).size() == 2);
            assertEquals("ACTIVE", plugin(UK).orElseThrow().path("state").asText());
            assertTrue(evaluation(launchIn("UK"), "UK", "uk.osa-illegal-content-risk-assessment").isPresent());
            console("feature:uninstall --no-auto-refresh uk-pack-feature");
            await("the UK pack is gone with its feature", () -> plugin(UK).isEmpty() && rules(UK).isEmpty());
        } finally {
            console("feature:repo-remove " + repo.toUri());
            Files.deleteIfExists(repo);
        }
    }

    @Test
    public void administratorsUploadUpgradeAndRemovePluginsOverRest() throws Exception {
        String bsn = "org.policyops.itests.versioned";
        pluginsUnderTest.add(bsn);
        byte[] v1 = TestPlugins.plugin(bsn, "1.0.0", TestPlugins.API_IMPORTS, Map.of(), VersionedRule.class);
        byte[] v2 = TestPlugins.plugin(bsn, "1.1.0", TestPlugins.API_IMPORTS, Map.of(), VersionedRule.class);

        assertEquals(403, upload(v1, "viewer", null).statusCode());
        HttpResponse<String> noHeader = upload(UploadLike.withoutPluginHeader(), "admin", null);
        assertEquals(noHeader.body(), 400, noHeader.statusCode());
        assertTrue(noHeader.body(), noHeader.body().contains("no PolicyOps-Plugin header"));

        HttpResponse<String> first = upload(v1, "admin", null);
        assertEquals(first.body(), 201, first.statusCode());
        JsonNode created = Api.JSON.readTree(first.body());
        assertEquals("1.0.0", created.path("version").asText());
        assertEquals("ACTIVE", created.path("state").asText());
        await("the rule of 1.0.0 runs", () -> evaluated(bsn).equals("evaluated by version 1.0.0"));

        assertEquals(bsn + "-1.0.0.jar", created.path("deployedFile").asText());
        HttpResponse<String> second = upload(v2, "admin", null);
        assertEquals(second.body(), 201, second.statusCode());
        JsonNode upgraded = Api.JSON.readTree(second.body());
        // The new version ran next to the old one until it worked; then the old file was deleted.
        assertEquals(bsn + "-1.1.0.jar", upgraded.path("deployedFile").asText());
        assertFalse(Files.exists(TestPlugins.deployDir().resolve(bsn + "-1.0.0.jar")));
        assertEquals("1.1.0", upgraded.path("version").asText());
        await("the rule of 1.1.0 runs", () -> evaluated(bsn).equals("evaluated by version 1.1.0"));
        assertEquals(1, rules(bsn).size());
        HttpResponse<String> same = upload(v2, "admin", null);
        // 200, not 201: the resource recognised the same jar and answered without installing or waiting.
        assertEquals("the same jar again changes nothing: " + same.body(), 200, same.statusCode());
        assertEquals(upgraded.path("bundleId").asLong(), Api.JSON.readTree(same.body()).path("bundleId").asLong());
        RuleEvaluation inReadiness = evaluation(launchIn("EU"), "EU", VersionedRule.ID).orElseThrow();
        assertEquals("1.1.0", inReadiness.pluginVersion());
        assertEquals("evaluated by version 1.1.0", inReadiness.findings().get(0).message());

        long id = upgraded.path("bundleId").asLong();
        assertEquals(403, api().delete("/api/plugins/" + id, "viewer", null).status());
        assertEquals(204, api().delete("/api/plugins/" + id, "admin", null).status());
        assertTrue(plugin(bsn).isEmpty());
        assertTrue(rules(bsn).isEmpty());
        assertFalse(Files.exists(TestPlugins.deployDir().resolve(bsn + "-1.1.0.jar")));
    }

    @Test
    public void brokenPluginsAreShownWithTheReasonAndThePlatformStaysHealthy() throws Exception {
        String future = "org.policyops.itests.future";
        String broken = "org.policyops.itests.broken";
        pluginsUnderTest.addAll(List.of(future, broken));
        byte[] needsApi2 = TestPlugins.plugin(future, "3.0.0",
                "org.policyops.api.compliance;version=\"[2.0,3)\"", Map.of());
        HttpResponse<String> refused = upload(needsApi2, "admin", null);
        assertEquals(refused.body(), 201, refused.statusCode());
        JsonNode entry = Api.JSON.readTree(refused.body());
        assertEquals("INSTALLED", entry.path("state").asText());
        assertTrue(entry.toString(), entry.path("errors").toString().contains(
                "built for PolicyOps compliance API [2.0.0,3.0.0) but this platform provides 1."));

        Path brokenFile = TestPlugins.drop(TestPlugins.plugin(broken, "1.0.0", TestPlugins.API_IMPORTS, Map.of(),
                ThrowingRule.class, HangingRule.class), "broken.jar");
        await("the broken rules are registered", () -> rules(broken).size() == 2);
        assertEquals(200, api().get("/api/health", "viewer").status());
        assertRuntimeView(plugin(broken).orElseThrow(), 2);
        long launch = launchIn("EU");
        Api.Response rest = api().get("/api/launches/" + launch + "/readiness?region=EU", "viewer");
        assertEquals("a throwing and a hanging rule never fail the request: " + rest, 200, rest.status());
        RuleEvaluation thrown = evaluation(launch, "EU", ThrowingRule.ID).orElseThrow();
        assertEquals(Verdict.ERROR, thrown.verdict());
        assertTrue(thrown.findings().toString(), thrown.findings().toString().contains("deliberately broken rule"));
        RuleEvaluation hung = evaluation(launch, "EU", HangingRule.ID).orElseThrow();
        assertEquals(Verdict.TIMEOUT, hung.verdict());
        assertTrue("abandoned at the time bound, not after a minute: " + hung.durationMillis(), hung.durationMillis() < 10_000);

        assertEquals(204, api().delete("/api/plugins/" + entry.path("bundleId").asLong(), "admin", null).status());
        Files.delete(brokenFile);
        await("both are gone", () -> plugin(future).isEmpty() && plugin(broken).isEmpty());
        assertEquals(200, api().get("/api/health", "viewer").status());
    }

    @Test
    public void aPluginGeneratedFromTheArchetypeDeploysAndRuns() throws Exception {
        String bsn = "com.example.plugins.basic";
        pluginsUnderTest.add(bsn);
        Path file = TestPlugins.drop(TestPlugins.artifact("policyops.example.archetype"), "basic.jar");
        await("the archetype's rule is registered", () -> rules(bsn).size() == 1);
        ComplianceRule rule = rules(bsn).get(0);
        assertEquals("example.notice-period", rule.id());
        JsonNode plugin = plugin(bsn).orElseThrow();
        assertEquals("Basic test pack", plugin.path("name").asText());
        assertEquals("ACTIVE", plugin.path("state").asText());
        RuleEvaluation notice = evaluation(launchIn("EU"), "EU", "example.notice-period").orElseThrow();
        assertTrue(notice.toString(), notice.verdict() == Verdict.PASS || notice.verdict() == Verdict.FAIL);
        assertTrue(notice.toString(), notice.findings().get(0).message().contains("days from"));
        Files.delete(file);
        await("it is gone", () -> plugin(bsn).isEmpty());
    }

    /** With the launches feature the inventory lists the plugin's rules; without it, it says it is missing. */
    private void assertRuntimeView(JsonNode plugin, int rules) {
        if (plugin.path("runtimeAvailable").asBoolean()) {
            assertEquals(plugin.toString(), rules, plugin.path("rules").size());
        } else {
            assertEquals(0, plugin.path("rules").size());
            assertTrue(plugin.toString(), plugin.path("errors").toString().contains("the launches feature is not installed"));
        }
    }

    private ComplianceRuntime runtime() {
        ServiceReference<ComplianceRuntime> ref = bundleContext.getServiceReference(ComplianceRuntime.class);
        assertNotNull("the launches feature registers the compliance runtime", ref);
        return bundleContext.getService(ref);
    }

    /** A sample launch with the region (the samples are loaded on their own thread after boot). */
    private long launchIn(String region) throws Exception {
        RegionCode code = RegionCode.of(region);
        long[] found = { -1 };
        await("a sample launch in " + region, () -> {
            for (LaunchSummary l : runtime().launches(100)) {
                if (l.regions().contains(code)) {
                    found[0] = l.id();
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** The rule's evaluation in the launch's region now, if the rule took part. */
    private Optional<RuleEvaluation> evaluation(long launchId, String region, String ruleId) {
        ReadinessReport report = runtime().readiness(launchId, RegionCode.of(region)).orElseThrow();
        return report.regions().get(0).rules().stream().filter(e -> e.ruleId().equals(ruleId)).findFirst();
    }

    private Optional<JsonNode> plugin(String symbolicName) throws Exception {
        Api.Response r = api().get("/api/plugins", "viewer");
        assertEquals(r.toString(), 200, r.status());
        for (JsonNode p : r.json().path("items")) {
            if (symbolicName.equals(p.path("symbolicName").asText())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The ComplianceRule services registered by the bundle with that symbolic name. */
    private List<ComplianceRule> rules(String symbolicName) {
        try {
            Collection<ServiceReference<ComplianceRule>> refs = bundleContext.getServiceReferences(ComplianceRule.class, null);
            List<ComplianceRule> rules = new ArrayList<>();
            for (ServiceReference<ComplianceRule> ref : refs) {
                Bundle b = ref.getBundle();
                if (b != null && symbolicName.equals(b.getSymbolicName())) {
                    ComplianceRule rule = bundleContext.getService(ref);
                    if (rule != null) {
                        rules.add(rule);
                    }
                }
            }
            return rules;
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The finding of the versioned rule as registered now, or "" when it is not there. */
    private String evaluated(String symbolicName) {
        List<ComplianceRule> rules = rules(symbolicName);
        if (rules.size() != 1) {
            return "";
        }
        try {
            RuleResult r = rules.get(0).evaluate(null);
            return r.findings().get(0).message();
        } catch (Exception e) {
            return e.toString();
        }
    }

    private HttpResponse<String> upload(byte[] jar, String user, String filename) throws IOException, InterruptedException {
        int port = httpPort();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/plugins"
                + (filename == null ? "" : "?filename=" + filename)))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", Api.basic(user, Api.password(user)))
                .header("Content-Type", "application/java-archive")
                .POST(HttpRequest.BodyPublishers.ofByteArray(jar)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }


    /** Archives that are not plugins. */
    static final class UploadLike {
        static byte[] withoutPluginHeader() throws IOException {
            java.util.jar.Manifest m = new java.util.jar.Manifest();
            m.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
            m.getMainAttributes().putValue("Bundle-SymbolicName", "com.example.library");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            new java.util.jar.JarOutputStream(out, m).close();
            return out.toByteArray();
        }
    }
}
