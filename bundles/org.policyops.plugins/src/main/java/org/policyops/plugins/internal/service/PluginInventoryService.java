package org.policyops.plugins.internal.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.policyops.api.compliance.ComplianceRule;
import org.policyops.api.plugins.UploadRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger LOG = LoggerFactory.getLogger(PluginInventoryService.class);

    static final String NO_RUNTIME = "the launches feature is not installed, so no rule or integration of this plugin takes part (feature:install policyops-launches)";

    private final BundleContext context;
    private volatile DeployFolder folder;
    private volatile long installWaitMillis;
    private volatile long settleMillis;
    private volatile Path dataDir;
    private volatile Upload.Limits limits;
    private volatile SignatureCheck signatures;
    private volatile String configProblem;
    private volatile UploadLog uploads;
    private final Map<Path, Checksum> checksums = new ConcurrentHashMap<>();

    /** A file's SHA-256 as of its size and modification time. */
    private record Checksum(long size, long modified, String sha256) {
    }

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
        this.settleMillis = Math.max(0, config.settleMillis());
        String data = config.dataDir();
        this.dataDir = data != null && !data.isBlank() ? Paths.get(data.trim()).toAbsolutePath()
                : Paths.get(System.getProperty("karaf.data", System.getProperty("java.io.tmpdir")), "policyops", "plugins").toAbsolutePath();
        this.uploads = new UploadLog(dataDir.resolve("uploads.log"));
        this.limits = new Upload.Limits(new ZipScan.Limits(Math.max(1, config.maxEntryBytes()), Math.max(1, config.maxTotalBytes()),
                Math.max(1, config.maxEntries())), Math.max(64, config.maxManifestBytes()), Math.max(1, config.maxManifestLines()));
        try {
            this.signatures = SignatureCheck.of(config.signaturePolicy(), config.truststore(), config.truststorePassword(), config.truststoreType());
            this.configProblem = null;
        } catch (IllegalArgumentException e) {
            // Uploads are refused until the configuration is fixed; the inventory itself keeps working.
            this.signatures = null;
            this.configProblem = e.getMessage();
        }
    }

    Upload.Limits limits() {
        return limits;
    }

    /** The signature check as configured; refuses uploads (503) while the configuration is unusable. */
    SignatureCheck signatures() {
        SignatureCheck s = signatures;
        if (s == null) {
            throw new org.policyops.core.rest.ProblemException(503, "Uploads are off",
                    "Plugin uploads are refused until etc/" + PluginsConfig.PID + ".cfg is fixed: " + configProblem);
        }
        return s;
    }

    UploadLog uploads() {
        return uploads;
    }

    Path dataDir() {
        return dataDir;
    }

    long settleMillis() {
        return settleMillis;
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
    private record Snapshot(boolean available, List<RuleInfo> rules, List<IntegrationInfo> integrations, List<UploadRecord> uploads) {
    }

    private Snapshot snapshot() {
        ComplianceRuntime r = runtime;
        List<UploadRecord> recorded = uploadRecords();
        if (r == null) {
            return new Snapshot(false, List.of(), List.of(), recorded);
        }
        return new Snapshot(true, r.rules(), r.integrations(), recorded);
    }

    /** The upload record, newest first; empty (and logged) when it cannot be read. */
    public List<UploadRecord> uploadRecords() {
        try {
            return uploads.records();
        } catch (RuntimeException e) {
            LOG.warn("Cannot read the plugin upload record", e);
            return List.of();
        }
    }

    /**
     * Why a freshly installed or upgraded plugin does not work: components that failed to activate, and rules that
     * the compliance runtime refused (registered as services but not taking part: a duplicate or malformed id) or
     * that the manifest declares but were never registered. Empty when nothing is wrong so far.
     */
    List<String> activationFailures(Bundle b, List<Upload.DeclaredRule> declared) {
        List<String> failures = new ArrayList<>();
        for (String problem : componentProblems(b)) {
            if (problem.contains("failed to activate")) {
                failures.add(problem);
            }
        }
        ComplianceRuntime r = runtime;
        if (r == null) {
            return failures;
        }
        Set<String> registered = new java.util.HashSet<>();
        Set<String> superseded = new java.util.HashSet<>();
        for (RuleInfo rule : r.rules()) {
            if (rule.bundleId() == b.getBundleId()) {
                registered.add(rule.id());
            } else if (rule.plugin() != null && rule.plugin().equals(b.getSymbolicName())) {
                // Another install of the same plugin registers this id and is used: a newer version installed next
                // to this one (an upgrade under way). Superseded, not refused.
                superseded.add(rule.id());
            }
        }
        int services = ruleServices(b);
        if (services > registered.size() + superseded.size()) {
            failures.add((services - registered.size()) + " of its " + services + " rules were refused by the compliance runtime "
                    + "(a duplicate or malformed rule id; GET /api/launches/rules lists the refusals).");
        }
        return failures;
    }

    /** True once the bundle registered every rule its manifest declares (when it declares none: once it is active). */
    boolean settled(Bundle b, List<Upload.DeclaredRule> declared) {
        if (b.getState() != Bundle.ACTIVE) {
            return false;
        }
        ServiceComponentRuntime scr = components;
        if (scr != null && b.getHeaders("").get("Service-Component") != null) {
            // Declarative Services has taken up the bundle once each of its components has a configuration state.
            var descriptions = scr.getComponentDescriptionDTOs(b);
            if (descriptions.isEmpty() || descriptions.stream().anyMatch(d -> scr.isComponentEnabled(d) && scr.getComponentConfigurationDTOs(d).isEmpty()
                    && !"require".equals(d.configurationPolicy))) {
                return false;
            }
        }
        ComplianceRuntime r = runtime;
        if (scr != null && ruleServices(b) < ruleComponents(scr, b)) {
            return false; // a rule component has not registered its service yet
        }
        if (r == null || declared.isEmpty()) {
            return true;
        }
        Set<String> registered = new java.util.HashSet<>();
        for (RuleInfo rule : r.rules()) {
            if (rule.bundleId() == b.getBundleId()) {
                registered.add(rule.id());
            }
        }
        return declared.stream().allMatch(d -> registered.contains(d.id()));
    }

    /** The bundle's enabled components that provide a rule and can run (not waiting for a required configuration). */
    private static int ruleComponents(ServiceComponentRuntime scr, Bundle b) {
        int n = 0;
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(b)) {
            if (d.serviceInterfaces != null && Arrays.asList(d.serviceInterfaces).contains(ComplianceRule.class.getName()) && scr.isComponentEnabled(d)) {
                for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                    if (c.state == ComponentConfigurationDTO.SATISFIED || c.state == ComponentConfigurationDTO.ACTIVE) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    private static int ruleServices(Bundle b) {
        ServiceReference<?>[] refs = b.getRegisteredServices();
        int n = 0;
        if (refs != null) {
            for (ServiceReference<?> ref : refs) {
                Object classes = ref.getProperty(org.osgi.framework.Constants.OBJECTCLASS);
                if (classes instanceof String[] names && Arrays.asList(names).contains(ComplianceRule.class.getName())) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * Why an installed, unresolved bundle cannot resolve: its mandatory requirements that nothing resolved offers
     * now, one sentence each. Empty when the bundle is not INSTALLED or nothing missing can be named. Only reads:
     * asking the framework to resolve the bundle from here would take Felix's global lock while fileinstall or the
     * console may hold the bundle's own lock to start it, and Felix breaks such a deadlock by interrupting their
     * start ("Unable to acquire global lock for resolve"), which left upgraded plugins stopped.
     */
    List<String> doesNotResolve(Bundle b) {
        return b.getState() == Bundle.INSTALLED ? doesNotResolve(b, offers(context.getBundles())) : List.of();
    }

    private static List<String> doesNotResolve(Bundle b, List<Diagnosis.Offer> offers) {
        return Diagnosis.unmet(needs(b), offers).stream().map(reason -> "Does not resolve: " + reason + ".").toList();
    }

    /** What the resolved bundles offer now, for telling which requirements of an uploaded jar nothing meets. */
    List<Diagnosis.Offer> offers() {
        return offers(context.getBundles());
    }

    private PluginInfo describe(Bundle b, Snapshot snapshot, List<Diagnosis.Offer> offers) {
        var headers = b.getHeaders("");
        long id = b.getBundleId();
        List<RuleInfo> rules = snapshot.rules().stream().filter(r -> r.bundleId() == id).toList();
        List<IntegrationInfo> integrations = snapshot.integrations().stream().filter(i -> i.bundleId() == id).toList();
        List<String> errors = new ArrayList<>();
        int state = b.getState();
        if (state == Bundle.INSTALLED) {
            List<String> unmet = doesNotResolve(b, offers == null ? List.of() : offers);
            if (unmet.isEmpty()) {
                errors.add("The bundle is not resolved (bundle:diag " + id + " in the console tells why).");
            } else {
                errors.addAll(unmet);
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
        Optional<Path> file = folder.fileOf(location);
        String sha256 = file.map(this::sha256).orElse(null);
        String version = b.getVersion().toString();
        UploadRecord uploaded = sha256 == null ? null : snapshot.uploads().stream()
                .filter(u -> sha256.equals(u.sha256()) && INSTALLING.contains(u.outcome())).findFirst().orElse(null);
        List<UploadRecord> failed = snapshot.uploads().stream()
                .filter(u -> b.getSymbolicName() != null && b.getSymbolicName().equals(u.symbolicName()) && "rolled-back".equals(u.outcome()))
                .limit(MAX_FAILED_SHOWN).toList();
        return new PluginInfo(id, b.getSymbolicName(), version, state(state),
                headers.get(PluginHeaders.PLUGIN), regions(headers.get(PluginHeaders.REGION)),
                headers.get(PluginHeaders.TEAM), headers.get("Bundle-Description"), location,
                file.map(p -> p.getFileName().toString()).orElse(null), rules, integrations,
                snapshot.available(), errors, sha256, uploaded, failed);
    }

    /** Outcomes of an upload that put the file now installed in place. */
    private static final Set<String> INSTALLING = Set.of("installed", "upgraded", "unchanged", "stored");
    /** The most rolled-back upgrades an inventory entry lists. */
    static final int MAX_FAILED_SHOWN = 10;

    /** The SHA-256 of a file in deploy/, computed again only when its size or time changed. */
    String sha256(Path file) {
        try {
            long size = Files.size(file);
            long modified = Files.getLastModifiedTime(file).toMillis();
            Checksum c = checksums.get(file);
            if (c == null || c.size() != size || c.modified() != modified) {
                c = new Checksum(size, modified, Upload.sha256(Files.readAllBytes(file)));
                checksums.put(file, c);
            }
            return c.sha256();
        } catch (IOException e) {
            return null; // deleted meanwhile
        }
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
