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

        PluginInventoryService inventory = inventory(karaf.resolve("deploy"), api, future);
        PluginInfo p = inventory.plugin(43).orElseThrow();
        assertEquals("INSTALLED", p.state());
        String reason = "Does not resolve: built for PolicyOps compliance API [2.0.0,3.0.0) but this platform provides 1.0.0: "
                + "rebuild the plugin against 1.x.";
        assertEquals(reason, p.errors().get(0));
        // The same judgement an upgrade's watch makes, without asking the framework to resolve anything.
        assertEquals(List.of(reason), inventory.doesNotResolve(future));
        assertEquals(List.of(), inventory.doesNotResolve(api), "an active bundle is resolved");
    }

    /** A plugin bundle registering the given number of rule services. */
    private static Bundle withRuleServices(Bundle b, int n) {
        org.osgi.framework.ServiceReference<?>[] refs = new org.osgi.framework.ServiceReference<?>[n];
        for (int i = 0; i < n; i++) {
            org.osgi.framework.ServiceReference<?> ref = mock(org.osgi.framework.ServiceReference.class);
            when(ref.getProperty(org.osgi.framework.Constants.OBJECTCLASS))
                    .thenReturn(new String[] { org.policyops.api.compliance.ComplianceRule.class.getName() });
            refs[i] = ref;
        }
        when(b.getRegisteredServices()).thenReturn(refs);
        return b;
    }

    @Test
    void aRuleUsedFromANewerInstallOfTheSamePluginIsSupersededButATakenIdIsRefused(@TempDir Path karaf) {
        Path deploy = karaf.resolve("deploy");
        Bundle old = withRuleServices(bundle(50, "org.example.in", Bundle.ACTIVE, deploy.resolve("in.jar").toUri().toString(),
                Map.of("PolicyOps-Plugin", "IN")), 1);
        PluginInventoryService inventory = inventory(deploy, old);
        ComplianceRuntime runtime = mock(ComplianceRuntime.class);
        inventory.runtime = runtime;

        // 1.3.0 was installed next to it (an upgrade under way): its rule is the one used.
        when(runtime.rules()).thenReturn(List.of(new RuleInfo("in.consent", "C", "d", Severity.BLOCKER, Set.of(), List.of(), false, 51,
                "org.example.in", "1.3.0")));
        assertEquals(List.of(), inventory.activationFailures(old, List.of()));

        // Another plugin holds the id: refused.
        when(runtime.rules()).thenReturn(List.of(new RuleInfo("in.consent", "C", "d", Severity.BLOCKER, Set.of(), List.of(), false, 60,
                "org.example.squatter", "1.0.0")));
        List<String> failures = inventory.activationFailures(old, List.of());
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).startsWith("1 of its 1 rules were refused by the compliance runtime"), failures.toString());
    }
}
