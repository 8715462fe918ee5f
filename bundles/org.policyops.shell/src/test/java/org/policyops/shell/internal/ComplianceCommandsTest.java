package org.policyops.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.Finding;
import org.policyops.api.compliance.Severity;
import org.policyops.api.compliance.Verdict;
import org.policyops.api.launches.ComplianceRuntime;
import org.policyops.api.launches.IntegrationInfo;
import org.policyops.api.launches.LaunchSummary;
import org.policyops.api.launches.Readiness;
import org.policyops.api.launches.ReadinessReport;
import org.policyops.api.launches.RegionReadiness;
import org.policyops.api.launches.RuleEvaluation;
import org.policyops.api.launches.RuleInfo;
import org.policyops.api.plugins.PluginInfo;
import org.policyops.api.plugins.PluginInventory;

class ComplianceCommandsTest {

    static final RegionCode EU = RegionCode.of("EU");
    static final RegionCode UK = RegionCode.of("UK");
    static final RuleInfo EU_RULE = new RuleInfo("eu.dsa-texts", "Texts in every EU language", "d", Severity.BLOCKER, Set.of(EU),
            List.of("EU-DSA-17"), false, 41, "org.policyops.examples.eu", "1.0.0");
    static final RuleInfo ALL_RULE = new RuleInfo("all.owner", "Has an owner", "d", Severity.INFO, Set.of(), List.of(), true, 42,
            "com.example.all", "2.0.0");

    /** A runtime that answers one launch (7) and records what it was asked. */
    static final class Runtime implements ComplianceRuntime {
        final List<Object> asked = new ArrayList<>();

        @Override
        public List<RuleInfo> rules() {
            return List.of(EU_RULE, ALL_RULE);
        }

        @Override
        public List<IntegrationInfo> integrations() {
            return List.of();
        }

        @Override
        public Optional<ReadinessReport> readiness(long launchId, RegionCode region) {
            asked.add(launchId);
            asked.add(region);
            if (launchId != 7) {
                return Optional.empty();
            }
            RuleEvaluation fail = new RuleEvaluation("eu.dsa-texts", "Texts", Severity.BLOCKER, false, Verdict.FAIL,
                    List.of(new Finding("not ready in 3 of 24 languages", "missing: ga")), List.of("EU-DSA-17"), true,
                    "org.policyops.examples.eu", "1.0.0", 12);
            RuleEvaluation slow = new RuleEvaluation("all.owner", "Owner", Severity.INFO, true, Verdict.TIMEOUT, List.of(),
                    List.of(), false, "com.example.all", "2.0.0", 2000);
            return Optional.of(new ReadinessReport(7, "Hate speech v3.1", "hate-speech", "3.1.0", Instant.parse("2026-11-20T10:00:00Z"),
                    List.of(new RegionReadiness(EU, LocalDate.of(2027, 3, 1), "PLANNED", Readiness.NO_GO, List.of(fail, slow)),
                            new RegionReadiness(UK, LocalDate.of(2027, 4, 1), "PLANNED", Readiness.GO, List.of()))));
        }

        @Override
        public List<LaunchSummary> launches(int limit) {
            asked.add(limit);
            return List.of(new LaunchSummary(7, "Hate speech v3.1", "hate-speech", "3.1.0", "PLANNED", List.of(EU, UK)),
                    new LaunchSummary(3, "Spam v2", "spam", "2.0.0", "COMPLETED", List.of(UK)));
        }
    }

    @Test
    void readinessShowsEachRegionAndEachRuleWithFindings() throws Exception {
        ReadinessCommand command = new ReadinessCommand();
        Runtime runtime = new Runtime();
        command.runtime = runtime;
        Fakes.parse(command, "--region", "eu", "7");
        String out = Fakes.output(command::print);
        assertEquals(List.of(7L, EU), runtime.asked);
        assertTrue(out.startsWith("Launch 7: Hate speech v3.1 (hate-speech 3.1.0)"), out);
        String[] lines = out.split("\\R");
        assertTrue(lines[3].startsWith("EU") && lines[3].contains("NO_GO") && lines[3].trim().endsWith("1"), lines[3]);
        assertTrue(out.contains("not ready in 3 of 24 languages [missing: ga]"), out);
        assertTrue(out.contains("INFO (shadow)") && out.contains("TIMEOUT"), out);
    }

    @Test
    void anUnknownLaunchAndAMissingRuntimeAreSaidInWords() throws Exception {
        ReadinessCommand command = new ReadinessCommand();
        command.runtime = new Runtime();
        Fakes.parse(command, "99");
        assertEquals("There is no launch 99.", Fakes.output(command::print).trim());
        command.runtime = null;
        assertEquals(ComplianceTables.LAUNCHES_NOT_INSTALLED, Fakes.output(command::print).trim());
    }

    @Test
    void rulesFilterByRegionKeepingRulesForEveryRegion() throws Exception {
        RulesCommand command = new RulesCommand();
        command.runtime = new Runtime();
        Fakes.parse(command, "-r", "UK");
        String out = Fakes.output(command::print);
        assertTrue(out.contains("all.owner") && out.contains("yes"), out);
        assertTrue(!out.contains("eu.dsa-texts"), out);
        Fakes.parse(command, "--region", "EU");
        assertTrue(Fakes.output(command::print).contains("eu.dsa-texts"));
    }

    @Test
    void pluginsListStateCountsAndProblems() {
        PluginsCommand command = new PluginsCommand();
        PluginInfo ok = new PluginInfo(41, "org.policyops.examples.eu", "1.0.0", "ACTIVE", "EU compliance pack", List.of("EU"),
                "Policy EMEA", "d", "file:/k/deploy/eu.jar", "eu.jar", List.of(EU_RULE), List.of(), true, List.of());
        PluginInfo broken = new PluginInfo(43, "com.example.future", "3.0.0", "INSTALLED", "Future pack", List.of("*"), null, null,
                "file:/k/deploy/future.jar", "future.jar", List.of(), List.of(), true,
                List.of("Does not resolve: built for PolicyOps compliance API [2.0.0,3.0.0) but this platform provides 1.0.0: rebuild the plugin against 1.x."));
        command.inventory = new PluginInventory() {
            @Override
            public List<PluginInfo> plugins() {
                return List.of(ok, broken);
            }

            @Override
            public Optional<PluginInfo> plugin(long bundleId) {
                return Optional.empty();
            }
        };
        String out = Fakes.output(command::print);
        String[] lines = out.split("\\R");
        assertTrue(lines[2].contains("EU compliance pack (org.policyops.examples.eu)") && lines[2].contains("ACTIVE"), lines[2]);
        assertTrue(lines[3].contains("INSTALLED") && lines[3].contains("Does not resolve"), lines[3]);
        command.inventory = null;
        assertEquals(ComplianceTables.PLUGINS_NOT_INSTALLED, Fakes.output(command::print).trim());
    }

    @Test
    void launchIdsCompleteFromRecentLaunches() {
        LaunchIdCompleter completer = new LaunchIdCompleter();
        Runtime runtime = new Runtime();
        completer.runtime = runtime;
        List<String> candidates = new ArrayList<>();
        completer.complete(null, Fakes.stub(org.apache.karaf.shell.api.console.CommandLine.class,
                java.util.Map.of("getCursorArgument", "", "getArgumentPosition", 0, "getBufferPosition", 0)), candidates);
        assertEquals(List.of(LaunchIdCompleter.LIMIT), runtime.asked);
        assertEquals(List.of("3 ", "7 "), candidates);
    }
}
