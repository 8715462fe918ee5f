package org.policyops.launches.internal.runtime;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Constants;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.ComplianceRule;
import org.policyops.api.compliance.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@link ComplianceRule} service registered, tracked as it comes and goes (dynamic, greedy), with the plugin
 * bundle that registered it. A rule whose id, title, severity or regions cannot be read, or whose id is malformed,
 * is left out and logged, with the reason kept for the inventory ({@link #refused()}).
 * <p>
 * Two registrations with the same id: the newer version of the same plugin wins (an upgrade deployed next to the
 * old jar); between different plugins the first registered wins and the other is refused as a duplicate.
 * <p>
 * <b>Upgrades never open a gap.</b> When a plugin bundle leaves ACTIVE (updated, refreshed, replaced, stopped), its
 * rules' services go away before the new version's arrive. The registry remembers which rule ids each plugin (by
 * symbolic name) contributed; a rule that leaves while its bundle is not ACTIVE becomes <em>pending</em>
 * ({@link #snapshot()}): readiness reports it as not evaluated because the plugin is changing (a pending BLOCKER
 * makes the region NO_GO) and approvals are refused, until the same plugin registers that rule id again, or the
 * plugin is uninstalled with no other version of it installed, or the plugin is ACTIVE again with all its
 * components settled without that rule (the new version dropped it). Every change bumps {@link Snapshot#generation()},
 * so an approval can check that the rules it was evaluated against are still the rules in force when it commits.
 */
@Component(service = RuleRegistry.class)
public class RuleRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(RuleRegistry.class);

    /** Lower case letters, digits, dots and hyphens, as the SPI asks. */
    static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,99}");

    /** A rule registration that takes no part, and why. */
    public record Refused(long serviceId, String ruleClass, long bundleId, String plugin, String pluginVersion, String reason) {
    }

    /** A rule that left while its plugin was changing, reported in its place until the plugin has settled. */
    public record Pending(RegisteredRule last, Instant since, String reason) {

        public String id() {
            return last.id();
        }

        public String plugin() {
            return last.plugin();
        }
    }

    /**
     * The rules in force at one moment, read under the registry's lock: the active rules by id, the pending ones
     * (ids not among the active), and the generation, bumped by every change.
     */
    public record Snapshot(long generation, List<RegisteredRule> active, List<Pending> pending) {

        public Snapshot {
            active = List.copyOf(active);
            pending = List.copyOf(pending);
        }
    }

    private final Object lock = new Object();
    private final Map<Long, RegisteredRule> byService = new ConcurrentHashMap<>();
    private final Map<Long, Refused> refused = new ConcurrentHashMap<>();
    /** The Declarative Services component configuration that registered each rule service, when one did. */
    private final Map<Long, Long> componentIds = new ConcurrentHashMap<>();
    /** Pending rules by plugin symbolic name, then rule id. Guarded by {@link #lock}. */
    private final Map<String, Map<String, Pending>> pending = new LinkedHashMap<>();
    /**
     * Every rule id each plugin contributed, by symbolic name, with what it said about itself; kept in the bundle's
     * data area so that a restart of this bundle (a refresh) does not forget a plugin that is down meanwhile.
     * Guarded by {@link #lock}.
     */
    private final Map<String, Map<String, RegisteredRule>> contributed = new LinkedHashMap<>();
    private volatile java.nio.file.Path memoryFile;
    private final Clock clock;
    private long generation;
    private volatile BundleContext context;
    private volatile ServiceComponentRuntime scr;

    private final SynchronousBundleListener listener = this::bundleChanged;

    public RuleRegistry() {
        this(Clock.systemUTC());
    }

    /** Outside OSGi (tests): the clock that dates pending rules. */
    public RuleRegistry(Clock clock) {
        this.clock = clock;
    }

    @Activate
    void activate(BundleContext context) {
        this.context = context;
        // Synchronous: called on the thread that changes the bundle, before the change goes on, so a rule is
        // marked pending before anything can see it missing (and again, idempotently, when its service leaves).
        context.addBundleListener(listener);
        java.io.File file = context.getDataFile("contributed-rules.properties");
        Set<String> installed = new HashSet<>();
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName() != null && b.getState() != Bundle.UNINSTALLED) {
                installed.add(b.getSymbolicName());
            }
        }
        restore(file == null ? null : file.toPath(), installed);
    }

    /**
     * Reads what plugins contributed before this registry started (the runtime's own bundle may have been
     * refreshed while a plugin was down): a remembered rule of a plugin still installed that is not registered now is
     * pending until the plugin registers it, settles without it or is removed. Rules of plugins no longer installed
     * are forgotten. Also used by tests, with a file of their own.
     */
    public void restore(java.nio.file.Path file, Set<String> installedPlugins) {
        memoryFile = file;
        java.util.Properties saved = new java.util.Properties();
        if (file != null && java.nio.file.Files.isRegularFile(file)) {
            try (java.io.Reader in = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
                saved.load(in);
            } catch (java.io.IOException | IllegalArgumentException e) {
                LOG.warn("Cannot read the rules plugins contributed before ({}): {}. Rules of plugins that are down now "
                        + "are not reported as pending.", file, e.toString());
            }
        }
        synchronized (lock) {
            Instant now = clock.instant();
            for (String key : saved.stringPropertyNames()) {
                RegisteredRule r = decode(key, saved.getProperty(key));
                if (r == null || !installedPlugins.contains(r.plugin())) {
                    continue;
                }
                contributed.computeIfAbsent(r.plugin(), k -> new LinkedHashMap<>()).putIfAbsent(r.id(), r);
                boolean registered = byService.values().stream()
                        .anyMatch(o -> o.plugin().equals(r.plugin()) && o.id().equals(r.id()));
                if (!registered) {
                    pending.computeIfAbsent(r.plugin(), k -> new LinkedHashMap<>()).putIfAbsent(r.id(), new Pending(r, now,
                            "plugin " + r.plugin() + " " + r.pluginVersion() + " was not running when the compliance runtime started"));
                    LOG.info("Compliance rule {} of {} is pending: the plugin is installed but has not registered it.",
                            r.id(), r.plugin());
                }
            }
            generation++;
            save();
        }
    }

    private static String encode(RegisteredRule r) {
        return r.severity().name() + "|" + r.pluginVersion() + "|"
                + String.join(",", r.regions().stream().map(RegionCode::value).sorted().toList()) + "|"
                + String.join(",", r.requirements()) + "|" + r.title();
    }

    private static RegisteredRule decode(String key, String value) {
        int slash = key.lastIndexOf('/');
        String[] parts = value == null ? new String[0] : value.split("\\|", 5);
        if (slash < 1 || parts.length < 5) {
            return null;
        }
        try {
            Set<RegionCode> regions = new HashSet<>();
            for (String code : parts[2].split(",")) {
                if (!code.isBlank()) {
                    regions.add(RegionCode.of(code));
                }
            }
            List<String> requirements = parts[3].isBlank() ? List.of() : List.of(parts[3].split(","));
            return new RegisteredRule(-1, key.substring(slash + 1), parts[4], "", Severity.valueOf(parts[0]), regions,
                    requirements, null, -1, key.substring(0, slash), parts[1], null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Writes the contributed rules (holding the lock). */
    private void save() {
        java.nio.file.Path file = memoryFile;
        if (file == null) {
            return;
        }
        java.util.Properties out = new java.util.Properties();
        contributed.forEach((plugin, rules) -> rules.forEach((id, r) -> out.setProperty(plugin + "/" + id, encode(r))));
        try {
            java.nio.file.Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(temp, java.nio.charset.StandardCharsets.UTF_8)) {
                out.store(w, "Rules PolicyOps plugins contributed, so that a restart remembers plugins that are down");
            }
            java.nio.file.Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
            LOG.warn("Cannot write {}: {}", file, e.toString());
        }
    }

    @Deactivate
    void deactivate(BundleContext context) {
        context.removeBundleListener(listener);
        this.context = null;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setScr(ServiceComponentRuntime scr) {
        this.scr = scr;
    }

    void unsetScr(ServiceComponentRuntime scr) {
        if (this.scr == scr) {
            this.scr = null;
        }
    }

    @Reference(service = ComplianceRule.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addRule(ServiceReference<ComplianceRule> ref, ComplianceRule rule) {
        Bundle bundle = ref.getBundle();
        long serviceId = (Long) ref.getProperty(Constants.SERVICE_ID);
        if (ref.getProperty("component.id") instanceof Long componentId) {
            componentIds.put(serviceId, componentId);
        }
        add(serviceId, rule, bundle == null ? -1 : bundle.getBundleId(), bundle == null ? "unknown" : bundle.getSymbolicName(),
                bundle == null ? "0.0.0" : bundle.getVersion().toString(), bundle);
    }

    void removeRule(ServiceReference<ComplianceRule> ref, ComplianceRule rule) {
        long serviceId = (Long) ref.getProperty(Constants.SERVICE_ID);
        RegisteredRule r = byService.get(serviceId);
        Bundle b = r == null ? null : r.bundle();
        int state = b == null ? Bundle.ACTIVE : b.getState();
        // A rule whose bundle is stopping (update, refresh, replacement, stop, or the stop before an uninstall) leaves
        // a pending rule behind; one withdrawn while its bundle stays ACTIVE (its component disabled) simply goes.
        remove(serviceId, state != Bundle.ACTIVE && state != Bundle.UNINSTALLED ? "plugin " + (b == null ? "?" : b.getSymbolicName())
                + " " + (b == null ? "" : b.getVersion()) + " is changing (" + stateName(state) + ")" : null);
    }

    /** Registers a rule (also used by tests, outside OSGi). */
    public void add(long serviceId, ComplianceRule rule, long bundleId, String plugin, String pluginVersion, Bundle bundle) {
        RegisteredRule r;
        try {
            String id = rule.id();
            if (id == null || !RULE_ID.matcher(id).matches()) {
                refuse(serviceId, rule, bundleId, plugin, pluginVersion, "its id '" + id + "' is not 1-100 lower-case "
                        + "letters, digits, dots and hyphens starting with a letter or digit");
                return;
            }
            Severity severity = rule.severity();
            if (severity == null) {
                refuse(serviceId, rule, bundleId, plugin, pluginVersion, "rule " + id + " names no severity");
                return;
            }
            Set<RegionCode> regions = rule.regions() == null ? Set.of() : Set.copyOf(new HashSet<>(rule.regions()));
            List<String> requirements = rule.requirements() == null ? List.of()
                    : rule.requirements().stream().filter(java.util.Objects::nonNull).toList();
            String title = rule.title();
            r = new RegisteredRule(serviceId, id, title == null || title.isBlank() ? id : title,
                    rule.description() == null ? "" : rule.description(), severity, regions, requirements, rule, bundleId,
                    plugin, pluginVersion, bundle);
        } catch (RuntimeException | LinkageError e) {
            refuse(serviceId, rule, bundleId, plugin, pluginVersion, "it failed when asked for its id, title, severity, "
                    + "regions or requirements: " + e);
            return;
        }
        synchronized (lock) {
            byService.put(serviceId, r);
            RegisteredRule before = contributed.computeIfAbsent(plugin, k -> new LinkedHashMap<>()).put(r.id(), r);
            if (before == null || !encode(before).equals(encode(r))) {
                save();
            }
            Map<String, Pending> waiting = pending.get(plugin);
            if (waiting != null && waiting.remove(r.id()) != null) {
                LOG.info("Compliance rule {} of {} is back ({}): no longer pending.", r.id(), plugin, pluginVersion);
                if (waiting.isEmpty()) {
                    pending.remove(plugin);
                }
            }
            generation++;
        }
        LOG.info("Compliance rule {} ({}, {}) of {} {} takes part in readiness.", r.id(), r.severity(),
                r.regions().isEmpty() ? "all regions" : r.regions(), plugin, pluginVersion);
    }

    /** Removes a registration for good (also used by tests). */
    public void remove(long serviceId) {
        remove(serviceId, null);
    }

    /**
     * Removes a registration; with a reason, its rule becomes pending (unless another registration of the same
     * plugin still provides that id).
     */
    public void remove(long serviceId, String pendingReason) {
        RegisteredRule r;
        synchronized (lock) {
            r = byService.remove(serviceId);
            refused.remove(serviceId);
            componentIds.remove(serviceId);
            boolean lastOfItsId = r != null && byService.values().stream()
                    .noneMatch(o -> o.plugin().equals(r.plugin()) && o.id().equals(r.id()));
            if (lastOfItsId && pendingReason != null) {
                pending.computeIfAbsent(r.plugin(), k -> new LinkedHashMap<>())
                        .putIfAbsent(r.id(), new Pending(r, clock.instant(), pendingReason));
            } else if (lastOfItsId) {
                // Withdrawn while its plugin runs: gone for good, not to be awaited after a restart.
                Map<String, RegisteredRule> remembered = contributed.get(r.plugin());
                if (remembered != null && remembered.remove(r.id()) != null) {
                    if (remembered.isEmpty()) {
                        contributed.remove(r.plugin());
                    }
                    save();
                }
            }
            generation++;
        }
        if (r != null) {
            LOG.info("Compliance rule {} of {} {} left{}.", r.id(), r.plugin(), r.pluginVersion(),
                    pendingReason == null ? "" : "; pending while " + pendingReason);
        }
    }

    /**
     * The plugin is leaving ACTIVE (stopping for an update, a refresh, a replacement or a stop): every rule it
     * contributes becomes pending now, before its services are withdrawn.
     */
    public void changing(long bundleId, String plugin, String reason) {
        synchronized (lock) {
            Instant now = clock.instant();
            for (RegisteredRule r : byService.values()) {
                if (r.bundleId() == bundleId) {
                    pending.computeIfAbsent(plugin, k -> new LinkedHashMap<>()).putIfAbsent(r.id(), new Pending(r, now, reason));
                }
            }
            generation++;
        }
    }

    /**
     * The plugin was uninstalled: its pending rules are dropped, unless another bundle with its symbolic name is
     * still installed (a replacement under another file name), which will register them or settle without them.
     */
    public void removed(String plugin, boolean otherVersionInstalled) {
        if (otherVersionInstalled) {
            return;
        }
        synchronized (lock) {
            Map<String, Pending> gone = pending.remove(plugin);
            if (contributed.remove(plugin) != null) {
                save();
            }
            generation++;
            if (gone != null) {
                LOG.info("Plugin {} was removed: its rules {} are no longer pending.", plugin, gone.keySet());
            }
        }
    }

    /** The plugin is ACTIVE and all its components are settled: rule ids it did not register again were dropped. */
    public void settled(String plugin) {
        synchronized (lock) {
            Map<String, Pending> gone = pending.remove(plugin);
            Map<String, RegisteredRule> remembered = contributed.get(plugin);
            if (gone != null && remembered != null) {
                // Ids another version of the plugin registers meanwhile (an upgrade installed next to the old
                // version) are still contributed: a restart must await them too.
                gone.keySet().stream().filter(id -> byService.values().stream()
                        .noneMatch(r -> r.plugin().equals(plugin) && r.id().equals(id))).forEach(remembered::remove);
                if (remembered.isEmpty()) {
                    contributed.remove(plugin);
                }
                save();
            }
            generation++;
            if (gone != null) {
                LOG.info("Plugin {} settled without its former rules {}: they no longer take part.", plugin, gone.keySet());
            }
        }
    }

    private void bundleChanged(BundleEvent event) {
        Bundle b = event.getBundle();
        String plugin = b.getSymbolicName();
        if (plugin == null) {
            return;
        }
        switch (event.getType()) {
            case BundleEvent.STOPPING -> changing(b.getBundleId(), plugin, "plugin " + plugin + " " + b.getVersion()
                    + " is changing (stopping for an update, refresh, replacement or removal)");
            case BundleEvent.UNINSTALLED -> {
                BundleContext ctx = context;
                boolean other = false;
                if (ctx != null) {
                    try {
                        for (Bundle o : ctx.getBundles()) {
                            other |= o.getBundleId() != b.getBundleId() && plugin.equals(o.getSymbolicName())
                                    && o.getState() != Bundle.UNINSTALLED;
                        }
                    } catch (IllegalStateException e) {
                        // this bundle is stopping
                    }
                }
                removed(plugin, other);
            }
            default -> {
                // Any other change of a plugin with pending rules invalidates a settle decision under way.
                synchronized (lock) {
                    if (pending.containsKey(plugin)) {
                        generation++;
                    }
                }
            }
        }
    }

    /**
     * The rules in force now; pending rules of a plugin that is ACTIVE again with every component settled (the
     * new version dropped them) are cleared first.
     */
    public Snapshot snapshot() {
        List<String> changing;
        long seen;
        synchronized (lock) {
            changing = new ArrayList<>(pending.keySet());
            seen = generation;
        }
        for (String plugin : changing) {
            // Cleared only if nothing changed while the plugin was looked at: a plugin may have settled and started
            // its next upgrade meanwhile, whose pending rules must stay.
            if (isSettled(plugin)) {
                synchronized (lock) {
                    if (generation != seen) {
                        break;
                    }
                    settled(plugin);
                    seen = generation;
                }
            }
        }
        synchronized (lock) {
            Resolution res = resolve();
            Set<String> active = new HashSet<>();
            res.active().forEach(r -> active.add(r.id()));
            List<Pending> waiting = new ArrayList<>();
            for (Map<String, Pending> byId : pending.values()) {
                for (Pending p : byId.values()) {
                    if (!active.contains(p.id())) {
                        waiting.add(p);
                    }
                }
            }
            waiting.sort(Comparator.comparing(Pending::id));
            return new Snapshot(generation, res.active(), waiting);
        }
    }

    /** The generation now: bumped by every registration, removal and change of a plugin's state. */
    public long generation() {
        synchronized (lock) {
            return generation;
        }
    }

    /**
     * True when a bundle with that symbolic name is ACTIVE and Declarative Services has settled all its
     * components (none waits for a configuration or reference or failed, and the bundle's descriptors are all read).
     * Without OSGi (tests) or without the runtime's introspection, nothing is ever settled this way: pending rules
     * then clear only when they come back or the plugin is removed.
     */
    private boolean isSettled(String plugin) {
        BundleContext ctx = context;
        ServiceComponentRuntime runtime = scr;
        if (ctx == null || runtime == null) {
            return false;
        }
        Bundle active = null;
        try {
            for (Bundle b : ctx.getBundles()) {
                if (plugin.equals(b.getSymbolicName())) {
                    if (b.getState() != Bundle.ACTIVE) {
                        return false; // one of its versions is still changing
                    }
                    active = b;
                }
            }
        } catch (IllegalStateException e) {
            return false;
        }
        if (active == null) {
            return false;
        }
        String header = active.getHeaders("").get("Service-Component");
        Collection<ComponentDescriptionDTO> descriptions = runtime.getComponentDescriptionDTOs(active);
        if (header == null || header.isBlank()) {
            return true; // no components: whatever it registers, it registered while starting
        }
        if (descriptions.isEmpty() || descriptions.size() < header.split(",").length) {
            return false; // Declarative Services has not read its descriptors yet
        }
        long bundleId = active.getBundleId();
        for (ComponentDescriptionDTO d : descriptions) {
            if (!d.defaultEnabled) {
                continue;
            }
            Collection<ComponentConfigurationDTO> configs = runtime.getComponentConfigurationDTOs(d);
            if (configs.isEmpty() && !"require".equals(d.configurationPolicy)) {
                return false; // not enabled yet
            }
            boolean providesRule = d.serviceInterfaces != null
                    && java.util.Arrays.asList(d.serviceInterfaces).contains(ComplianceRule.class.getName());
            for (ComponentConfigurationDTO c : configs) {
                if (c.state != ComponentConfigurationDTO.SATISFIED && c.state != ComponentConfigurationDTO.ACTIVE) {
                    return false;
                }
                // Satisfied is not yet registered: Declarative Services marks a configuration satisfied before it
                // registers its service, so a rule component counts only once its service has reached this registry.
                if (providesRule && byService.values().stream().noneMatch(r -> r.bundleId() == bundleId
                        && Long.valueOf(c.id).equals(componentIds.get(r.serviceId())))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String stateName(int state) {
        return switch (state) {
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            default -> Integer.toString(state);
        };
    }

    private void refuse(long serviceId, ComplianceRule rule, long bundleId, String plugin, String pluginVersion, String reason) {
        refused.put(serviceId, new Refused(serviceId, rule.getClass().getName(), bundleId, plugin, pluginVersion, reason));
        LOG.warn("Ignoring compliance rule {} of {} {}: {}.", rule.getClass().getName(), plugin, pluginVersion, reason);
    }

    /**
     * The rules that take part, by id: one per id (see the class comment for which one), sorted by id. A rule that
     * lost to another with its id is listed by {@link #refused()}.
     */
    public List<RegisteredRule> rules() {
        synchronized (lock) {
            return resolve().active();
        }
    }

    /** Registrations that take no part, with the reason: unreadable or malformed, or a duplicate id. */
    public List<Refused> refused() {
        List<Refused> all = new ArrayList<>(refused.values());
        synchronized (lock) {
            all.addAll(resolve().duplicates());
        }
        all.sort(Comparator.comparingLong(Refused::serviceId));
        return all;
    }

    private record Resolution(List<RegisteredRule> active, List<Refused> duplicates) {
    }

    private Resolution resolve() {
        List<RegisteredRule> all = new ArrayList<>(byService.values());
        all.sort(Comparator.comparingLong(RegisteredRule::serviceId));
        Map<String, RegisteredRule> winners = new LinkedHashMap<>();
        List<Refused> duplicates = new ArrayList<>();
        for (RegisteredRule r : all) {
            RegisteredRule current = winners.get(r.id());
            if (current == null) {
                winners.put(r.id(), r);
            } else if (current.plugin().equals(r.plugin()) && version(r).compareTo(version(current)) > 0) {
                winners.put(r.id(), r);
                duplicates.add(duplicate(current, r));
            } else {
                duplicates.add(duplicate(r, current));
            }
        }
        List<RegisteredRule> active = new ArrayList<>(winners.values());
        active.sort(Comparator.comparing(RegisteredRule::id));
        return new Resolution(active, duplicates);
    }

    private static Refused duplicate(RegisteredRule loser, RegisteredRule winner) {
        String reason = loser.plugin().equals(winner.plugin())
                ? "rule " + loser.id() + " is also registered by the newer version " + winner.pluginVersion() + " of the plugin, which is used"
                : "rule id " + loser.id() + " is already registered by " + winner.plugin() + " " + winner.pluginVersion();
        return new Refused(loser.serviceId(), loser.rule().getClass().getName(), loser.bundleId(), loser.plugin(),
                loser.pluginVersion(), reason);
    }

    private static Version version(RegisteredRule r) {
        try {
            return Version.parseVersion(r.pluginVersion());
        } catch (IllegalArgumentException e) {
            return Version.emptyVersion;
        }
    }
}
