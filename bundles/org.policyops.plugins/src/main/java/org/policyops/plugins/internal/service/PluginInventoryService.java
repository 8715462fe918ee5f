package org.policyops.plugins.internal.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.service.metatype.annotations.Designate;
import org.policyops.api.compliance.PluginHeaders;
import org.policyops.api.launches.ComplianceRuntime;
import org.policyops.api.launches.IntegrationInfo;
import org.policyops.api.launches.RuleInfo;
import org.policyops.api.plugins.PluginInfo;
import org.policyops.api.plugins.PluginInventory;
import org.policyops.plugins.internal.PluginsConfig;

/**
 * The inventory: every bundle with the plugin header, its rules and integrations as the compliance runtime (from
 * the launches feature) knows them, and what is wrong with it.
 */
@Component(service = { PluginInventory.class, PluginInventoryService.class }, configurationPid = PluginsConfig.PID)
@Designate(ocd = PluginsConfig.class)
public class PluginInventoryService implements PluginInventory {

    static final String NO_RUNTIME = "the launches feature is not installed, so no rule or integration of this plugin takes part (feature:install policyops-launches)";

    private final BundleContext context;
    private volatile DeployFolder folder;
    private volatile long installWaitMillis;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile ComplianceRuntime runtime;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile ServiceComponentRuntime components;

    @Activate
    public PluginInventoryService(BundleContext context, PluginsConfig config) {
        this.context = context;
        configure(config);
    }

    @Modified
    void configure(PluginsConfig config) {
        this.folder = DeployFolder.of(config.deployDir());
        this.installWaitMillis = Math.max(0, config.installWaitMillis());
    }

    DeployFolder folder() {
        return folder;
    }

    long installWaitMillis() {
        return installWaitMillis;
    }

    BundleContext context() {
        return context;
    }

    @Override
    public List<PluginInfo> plugins() {
        Bundle[] bundles = context.getBundles();
        List<Diagnosis.Offer> offers = null;
        Snapshot snapshot = snapshot();
        List<PluginInfo> plugins = new ArrayList<>();
        for (Bundle b : bundles) {
            if (isPlugin(b)) {
                if (offers == null && b.getState() == Bundle.INSTALLED) {
                    offers = offers(bundles);
                }
                plugins.add(describe(b, snapshot, offers));
            }
        }
        plugins.sort(Comparator.comparingLong(PluginInfo::bundleId));
        return plugins;
    }

    @Override
    public Optional<PluginInfo> plugin(long bundleId) {
        Bundle b = context.getBundle(bundleId);
        if (b == null || !isPlugin(b)) {
            return Optional.empty();
        }
        return Optional.of(describe(b, snapshot(), b.getState() == Bundle.INSTALLED ? offers(context.getBundles()) : null));
    }

    static boolean isPlugin(Bundle b) {
        return b.getHeaders("").get(PluginHeaders.PLUGIN) != null;
    }

    /** The runtime's rules and integrations, read once per listing. */
    private record Snapshot(boolean available, List<RuleInfo> rules, List<IntegrationInfo> integrations) {
    }

    private Snapshot snapshot() {
        ComplianceRuntime r = runtime;
        if (r == null) {
            return new Snapshot(false, List.of(), List.of());
        }
        return new Snapshot(true, r.rules(), r.integrations());
    }

    private PluginInfo describe(Bundle b, Snapshot snapshot, List<Diagnosis.Offer> offers) {
        var headers = b.getHeaders("");
        long id = b.getBundleId();
        List<RuleInfo> rules = snapshot.rules().stream().filter(r -> r.bundleId() == id).toList();
        List<IntegrationInfo> integrations = snapshot.integrations().stream().filter(i -> i.bundleId() == id).toList();
        List<String> errors = new ArrayList<>();
        int state = b.getState();
        if (state == Bundle.INSTALLED) {
            List<String> unmet = Diagnosis.unmet(needs(b), offers == null ? List.of() : offers);
            if (unmet.isEmpty()) {
                errors.add("The bundle is not resolved (bundle:diag " + id + " in the console tells why).");
            } else {
                unmet.forEach(reason -> errors.add("Does not resolve: " + reason + "."));
            }
        } else if (state == Bundle.RESOLVED && headers.get("Fragment-Host") == null) {
            errors.add("The bundle is resolved but not started: its activation failed or it was stopped (bundle:start " + id + " shows the error).");
        }
        if (state == Bundle.ACTIVE) {
            errors.addAll(componentProblems(b));
        }
        for (IntegrationInfo i : integrations) {
            if (i.problem() != null && !i.problem().isBlank()) {
                errors.add("Integration " + i.id() + ": " + i.problem());
            } else if (i.lastError() != null && !i.lastError().isBlank()) {
                errors.add("Integration " + i.id() + ": the last delivery failed: " + i.lastError());
            }
        }
        if (!snapshot.available()) {
            errors.add("Not evaluated: " + NO_RUNTIME + ".");
        }
        String location = b.getLocation();
        return new PluginInfo(id, b.getSymbolicName(), b.getVersion().toString(), state(state),
                headers.get(PluginHeaders.PLUGIN), regions(headers.get(PluginHeaders.REGION)),
                headers.get(PluginHeaders.TEAM), headers.get("Bundle-Description"), location,
                folder.fileOf(location).map(p -> p.getFileName().toString()).orElse(null), rules, integrations,
                snapshot.available(), errors);
    }

    static List<String> regions(String header) {
        if (header == null || header.isBlank()) {
            return List.of("*");
        }
        return Arrays.stream(header.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static String state(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "UNINSTALLED";
        };
    }

    /** Components of the bundle that Declarative Services could not activate, and why. */
    private List<String> componentProblems(Bundle b) {
        ServiceComponentRuntime scr = components;
        if (scr == null) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(b)) {
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                if (c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    problems.add("Component " + d.name + " failed to activate: " + (c.failure == null ? "no cause given" : firstLine(c.failure)));
                } else if (c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                    for (UnsatisfiedReferenceDTO u : c.unsatisfiedReferences) {
                        problems.add("Component " + d.name + " waits for a service it needs (reference " + u.name
                                + (u.target == null ? "" : ", target " + u.target) + ").");
                    }
                }
            }
        }
        return problems;
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).trim();
    }

    private static List<Diagnosis.Need> needs(Bundle b) {
        BundleRevision revision = b.adapt(BundleRevision.class);
        if (revision == null) {
            return List.of();
        }
        List<Diagnosis.Need> needs = new ArrayList<>();
        for (BundleRequirement r : revision.getDeclaredRequirements(null)) {
            needs.add(new Diagnosis.Need(r.getNamespace(), r.getDirectives().get("filter"), r.getDirectives()));
        }
        return needs;
    }

    /** What the resolved bundles (and the framework) offer. */
    private static List<Diagnosis.Offer> offers(Bundle[] bundles) {
        List<Diagnosis.Offer> offers = new ArrayList<>();
        for (Bundle b : bundles) {
            if ((b.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING)) == 0) {
                continue;
            }
            BundleRevision revision = b.adapt(BundleRevision.class);
            if (revision == null) {
                continue;
            }
            for (BundleCapability c : revision.getDeclaredCapabilities(null)) {
                offers.add(new Diagnosis.Offer(c.getNamespace(), Map.copyOf(c.getAttributes())));
            }
        }
        return offers;
    }
}
