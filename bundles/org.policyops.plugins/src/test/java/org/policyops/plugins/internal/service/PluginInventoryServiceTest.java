package org.policyops.plugins.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.Severity;
import org.policyops.api.launches.ComplianceRuntime;
import org.policyops.api.launches.IntegrationInfo;
import org.policyops.api.launches.RuleInfo;
import org.policyops.api.plugins.PluginInfo;
import org.policyops.plugins.internal.PluginsConfig;

class PluginInventoryServiceTest {

    private static Bundle bundle(long id, String bsn, int state, String location, Map<String, String> headers) {
        Bundle b = mock(Bundle.class);
        when(b.getBundleId()).thenReturn(id);
        when(b.getSymbolicName()).thenReturn(bsn);
        when(b.getVersion()).thenReturn(Version.parseVersion("1.2.0"));
        when(b.getState()).thenReturn(state);
        when(b.getLocation()).thenReturn(location);
        when(b.getHeaders("")).thenReturn(new Hashtable<>(headers));
        return b;
    }

    private static PluginInventoryService inventory(Path deploy, Bundle... bundles) {
        BundleContext context = mock(BundleContext.class);
        when(context.getBundles()).thenReturn(bundles);
        for (Bundle b : bundles) {
            when(context.getBundle(b.getBundleId())).thenReturn(b);
        }
        PluginsConfig config = mock(PluginsConfig.class);
        when(config.deployDir()).thenReturn(deploy.toString());
        when(config.installWaitMillis()).thenReturn(1000L);
        return new PluginInventoryService(context, config);
    }

    @Test
    void listsOnlyPluginBundlesWithTheirOwnRulesIntegrationsAndProblems(@TempDir Path karaf) {
        Path deploy = karaf.resolve("deploy");
        Bundle library = bundle(10, "com.example.lib", Bundle.ACTIVE, "mvn:com.example/lib/1.0", Map.of());
        Bundle eu = bundle(41, "org.example.eu", Bundle.ACTIVE, deploy.resolve("eu.jar").toUri().toString(),
                Map.of("PolicyOps-Plugin", "EU pack", "PolicyOps-Plugin-Region", "EU, DE", "PolicyOps-Plugin-Team", "Policy EMEA",
                        "Bundle-Description", "EU rules"));
        PluginInventoryService inventory = inventory(deploy, library, eu);
        ComplianceRuntime runtime = mock(ComplianceRuntime.class);
        RuleInfo ours = new RuleInfo("eu.a", "A", "d", Severity.BLOCKER, Set.of(RegionCode.of("EU")), List.of(), false, 41, "org.example.eu", "1.2.0");
        RuleInfo theirs = new RuleInfo("x.b", "B", "d", Severity.INFO, Set.of(), List.of(), false, 77, "x", "1.0.0");
        IntegrationInfo hook = new IntegrationInfo("webhook.ops", "webhook", "d", Set.of("t"), 41, "org.example.eu", "1.2.0", 3, 1,
                "connection refused", Instant.parse("2026-11-20T00:00:00Z"), null);
        when(runtime.rules()).thenReturn(List.of(ours, theirs));
        when(runtime.integrations()).thenReturn(List.of(hook));
        inventory.runtime = runtime;

        List<PluginInfo> plugins = inventory.plugins();
        assertEquals(1, plugins.size());
        PluginInfo p = plugins.get(0);
        assertEquals("EU pack", p.name());
        assertEquals(List.of("EU", "DE"), p.regions());
        assertEquals("eu.jar", p.deployedFile());
        assertEquals(List.of(ours), p.rules());
        assertEquals(List.of(hook), p.integrations());
        assertEquals(List.of("Integration webhook.ops: the last delivery failed: connection refused"), p.errors());
        assertTrue(inventory.plugin(10).isEmpty(), "a bundle without the header is no plugin");
    }

    @Test
    void withoutTheRuntimeItSaysSoAndAStoppedPluginIsReported(@TempDir Path karaf) {
        Bundle stopped = bundle(42, "org.example.uk", Bundle.RESOLVED, "mvn:org.example/uk/1.2.0", Map.of("PolicyOps-Plugin", "UK pack"));
        PluginInfo p = inventory(karaf.resolve("deploy"), stopped).plugin(42).orElseThrow();
        assertEquals("RESOLVED", p.state());
        assertEquals(List.of("*"), p.regions());
        assertFalse(p.runtimeAvailable());
        assertEquals(null, p.deployedFile());
        assertTrue(p.errors().get(0).contains("resolved but not started"), p.errors().toString());
        assertTrue(p.errors().get(1).contains("launches feature is not installed"), p.errors().toString());
    }

    @Test
    void anUnresolvedPluginIsExplainedFromItsRequirementsAndWhatOthersExport(@TempDir Path karaf) {
        Bundle api = bundle(5, "org.policyops.api", Bundle.ACTIVE, "mvn:org.policyops/org.policyops.api/1.0.0", Map.of());
        BundleRevision apiRevision = mock(BundleRevision.class);
        BundleCapability export = mock(BundleCapability.class);
        when(export.getNamespace()).thenReturn("osgi.wiring.package");
        when(export.getAttributes()).thenReturn(Map.of("osgi.wiring.package", "org.policyops.api.compliance", "version", Version.parseVersion("1.0.0")));
        when(apiRevision.getDeclaredCapabilities(null)).thenReturn(List.of(export));
        when(api.adapt(BundleRevision.class)).thenReturn(apiRevision);

        Bundle future = bundle(43, "org.example.future", Bundle.INSTALLED, "mvn:org.example/future/3.0.0", Map.of("PolicyOps-Plugin", "Future"));
        BundleRevision futureRevision = mock(BundleRevision.class);
        BundleRequirement needs = mock(BundleRequirement.class);
        when(needs.getNamespace()).thenReturn("osgi.wiring.package");
        when(needs.getDirectives()).thenReturn(Map.of("filter",
                "(&(osgi.wiring.package=org.policyops.api.compliance)(version>=2.0.0)(!(version>=3.0.0)))"));
        when(futureRevision.getDeclaredRequirements(null)).thenReturn(List.of(needs));
        when(future.adapt(BundleRevision.class)).thenReturn(futureRevision);

        PluginInfo p = inventory(karaf.resolve("deploy"), api, future).plugin(43).orElseThrow();
        assertEquals("INSTALLED", p.state());
        assertEquals("Does not resolve: built for PolicyOps compliance API [2.0.0,3.0.0) but this platform provides 1.0.0: "
                + "rebuild the plugin against 1.x.", p.errors().get(0));
    }
}
