package org.policyops.plugins.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.Severity;
import org.policyops.api.launches.IntegrationInfo;
import org.policyops.api.launches.RuleInfo;
import org.policyops.api.plugins.DryRunReport;
import org.policyops.api.plugins.PluginInfo;

class DryRunTest {

    static final List<Diagnosis.Offer> PLATFORM = List.of(
            new Diagnosis.Offer("osgi.wiring.package", Map.of("osgi.wiring.package", "org.policyops.api.compliance", "version", new Version(1, 0, 0))),
            new Diagnosis.Offer("osgi.ee", Map.of("osgi.ee", "JavaSE", "version", new Version(17, 0, 0))));

    static RuleInfo rule(String id, Severity severity, String... regions) {
        return new RuleInfo(id, id, "", severity, Set.of(regions).stream().map(RegionCode::of).collect(java.util.stream.Collectors.toSet()),
                List.of(), false, 7, "com.example.eu", "1.0.0");
    }

    static PluginInfo installed(String sha256, RuleInfo... rules) {
        IntegrationInfo ops = new IntegrationInfo("ops", "webhook", "", Set.of(), 7, "com.example.eu", "1.0.0", 0, 0, null, null, null);
        return new PluginInfo(7, "com.example.eu", "1.0.0", "ACTIVE", "EU", List.of("EU"), "T", null, "file:/x", "x.jar",
                List.of(rules), List.of(ops), true, List.of()).withProvenance(sha256, null, List.of());
    }

    static Upload upload(String version, String... headers) {
        return Upload.inspect(Archives.plugin("com.example.eu", version, headers).bytes(), null, UploadTest.LIMITS);
    }

    @Test
    void anUpgradeNamesRulesAddedRemovedAndChangedAndIntegrations() {
        Upload v2 = upload("2.0.0", "Import-Package: org.policyops.api.compliance;version=\"[1.0,2)\"",
                "Provide-Capability: policyops.rule;id=eu.a;severity=BLOCKER;regions:List<String>=\"EU,DE\","
                        + "policyops.rule;id=eu.c;severity=INFO,policyops.integration;id=audit");
        PluginInfo v1 = installed("other", rule("eu.a", Severity.WARNING, "EU"), rule("eu.b", Severity.BLOCKER, "EU"));
        DryRunReport report = DryRun.of(v2, "unchecked", List.of(v1), PLATFORM);
        DryRunReport.Change c = report.plugins().get(0);
        assertEquals("upgrade", c.action());
        assertEquals("1.0.0", c.installedVersion());
        assertTrue(c.rulesDeclared());
        assertEquals(List.of(new DryRunReport.RuleChange("eu.c", "INFO", List.of("*"), null, null)), c.rulesAdded());
        assertEquals(List.of(new DryRunReport.RuleChange("eu.b", "BLOCKER", List.of("EU"), null, null)), c.rulesRemoved());
        assertEquals(List.of(new DryRunReport.RuleChange("eu.a", "BLOCKER", List.of("EU", "DE"), "WARNING", List.of("EU"))), c.rulesChanged());
        assertEquals(List.of("audit"), c.integrationsAdded());
        assertEquals(List.of("ops"), c.integrationsRemoved());
        assertEquals(List.of(), c.unresolved());
        assertFalse(report.unchanged());
    }

    @Test
    void unresolvedImportsAreNamedAndUndeclaredRulesAreUnknown() {
        Upload v2 = upload("2.0.0", "Import-Package: org.policyops.api.compliance;version=\"[2.0,3)\",com.example.lib;version=\"[1.2,2)\","
                + "com.example.optional;resolution:=optional", "Require-Capability: osgi.ee;filter:=\"(&(osgi.ee=JavaSE)(version>=21))\"");
        DryRunReport.Change c = DryRun.of(v2, "unchecked", List.of(), PLATFORM).plugins().get(0);
        assertEquals("install", c.action());
        assertFalse(c.rulesDeclared());
        assertEquals(3, c.unresolved().size(), c.unresolved().toString());
        assertTrue(c.unresolved().get(0).contains("built for PolicyOps compliance API [2.0.0,3.0.0) but this platform provides 1.0.0"), c.unresolved().toString());
        assertTrue(c.unresolved().get(1).contains("com.example.lib [1.2.0,2.0.0)"), c.unresolved().toString());
        assertTrue(c.unresolved().get(2).contains("osgi.ee"), c.unresolved().toString());
    }

    @Test
    void theSameFileIsUnchangedAndAnOlderVersionADowngrade() {
        Upload same = upload("1.0.0");
        assertTrue(DryRun.of(same, "unchecked", List.of(installed(same.sha256())), PLATFORM).unchanged());
        assertEquals("replace", DryRun.of(same, "unchecked", List.of(installed("other")), PLATFORM).plugins().get(0).action());
        assertEquals("downgrade", DryRun.of(upload("0.9.0"), "unchecked", List.of(installed("other")), PLATFORM).plugins().get(0).action());
    }
}
