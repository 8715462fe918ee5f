package org.policyops.launches.internal.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
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
 */
@Component(service = RuleRegistry.class)
public class RuleRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(RuleRegistry.class);

    /** Lower case letters, digits, dots and hyphens, as the SPI asks. */
    static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,99}");

    /** A rule registration that takes no part, and why. */
    public record Refused(long serviceId, String ruleClass, long bundleId, String plugin, String pluginVersion, String reason) {
    }

    private final Map<Long, RegisteredRule> byService = new ConcurrentHashMap<>();
    private final Map<Long, Refused> refused = new ConcurrentHashMap<>();

    @Reference(service = ComplianceRule.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addRule(ServiceReference<ComplianceRule> ref, ComplianceRule rule) {
        Bundle bundle = ref.getBundle();
        long serviceId = (Long) ref.getProperty(Constants.SERVICE_ID);
        add(serviceId, rule, bundle == null ? -1 : bundle.getBundleId(), bundle == null ? "unknown" : bundle.getSymbolicName(),
                bundle == null ? "0.0.0" : bundle.getVersion().toString(), bundle);
    }

    void removeRule(ServiceReference<ComplianceRule> ref, ComplianceRule rule) {
        long serviceId = (Long) ref.getProperty(Constants.SERVICE_ID);
        remove(serviceId);
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
        byService.put(serviceId, r);
        LOG.info("Compliance rule {} ({}, {}) of {} {} takes part in readiness.", r.id(), r.severity(),
                r.regions().isEmpty() ? "all regions" : r.regions(), plugin, pluginVersion);
    }

    public void remove(long serviceId) {
        RegisteredRule r = byService.remove(serviceId);
        refused.remove(serviceId);
        if (r != null) {
            LOG.info("Compliance rule {} of {} {} left.", r.id(), r.plugin(), r.pluginVersion());
        }
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
        return resolve().active();
    }

    /** Registrations that take no part, with the reason: unreadable or malformed, or a duplicate id. */
    public List<Refused> refused() {
        List<Refused> all = new ArrayList<>(refused.values());
        all.addAll(resolve().duplicates());
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
