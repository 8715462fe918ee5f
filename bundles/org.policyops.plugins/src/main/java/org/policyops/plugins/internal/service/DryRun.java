package org.policyops.plugins.internal.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.policyops.api.launches.RuleInfo;
import org.policyops.api.plugins.DryRunReport;
import org.policyops.api.plugins.PluginInfo;

/**
 * What installing an upload would change, worked out without installing it: the rules it declares in its manifest
 * ({@code Provide-Capability: policyops.rule}, written by bnd from {@code @RuleDeclaration}) against the rules the
 * installed version registered, the same for integrations, and its mandatory requirements ({@code Import-Package},
 * {@code Require-Bundle}, {@code Require-Capability}) against what the resolved bundles offer now, the way the
 * inventory explains an unresolved plugin.
 */
final class DryRun {

    private DryRun() {
    }

    static DryRunReport of(Upload upload, String signature, List<PluginInfo> installed, List<Diagnosis.Offer> offers) {
        List<DryRunReport.Change> changes = new ArrayList<>();
        for (Upload p : upload.kar() ? upload.plugins() : List.of(upload)) {
            changes.add(change(p, installed, offers));
        }
        return new DryRunReport(upload.fileName(), upload.sha256(), signature, changes);
    }

    static DryRunReport.Change change(Upload p, List<PluginInfo> installed, List<Diagnosis.Offer> offers) {
        PluginInfo current = installed.stream().filter(i -> p.symbolicName().equals(i.symbolicName()))
                .max(Comparator.comparing(i -> Version.parseVersion(i.version()))).orElse(null);
        String action;
        if (current == null) {
            action = "install";
        } else if (p.sha256().equals(current.sha256())) {
            action = "unchanged";
        } else {
            int c = Version.parseVersion(p.version()).compareTo(Version.parseVersion(current.version()));
            action = c > 0 ? "upgrade" : c < 0 ? "downgrade" : "replace";
        }
        boolean declared = p.declaresRules();
        List<DryRunReport.RuleChange> added = new ArrayList<>();
        List<DryRunReport.RuleChange> removed = new ArrayList<>();
        List<DryRunReport.RuleChange> changed = new ArrayList<>();
        List<String> integrationsAdded = new ArrayList<>();
        List<String> integrationsRemoved = new ArrayList<>();
        if (declared) {
            Map<String, RuleInfo> before = new LinkedHashMap<>();
            if (current != null) {
                current.rules().forEach(r -> before.put(r.id(), r));
            }
            Set<String> after = new TreeSet<>();
            for (Upload.DeclaredRule d : p.declaredRules()) {
                after.add(d.id());
                RuleInfo old = before.get(d.id());
                if (old == null) {
                    added.add(new DryRunReport.RuleChange(d.id(), d.severity(), d.regions(), null, null));
                } else {
                    List<String> oldRegions = regions(old);
                    if (!Objects.equals(old.severity().name(), d.severity()) || !new TreeSet<>(oldRegions).equals(new TreeSet<>(d.regions()))) {
                        changed.add(new DryRunReport.RuleChange(d.id(), d.severity(), d.regions(), old.severity().name(), oldRegions));
                    }
                }
            }
            before.values().stream().filter(r -> !after.contains(r.id()))
                    .forEach(r -> removed.add(new DryRunReport.RuleChange(r.id(), r.severity().name(), regions(r), null, null)));
            Set<String> newIntegrations = new TreeSet<>(p.declaredIntegrations());
            Set<String> oldIntegrations = new TreeSet<>();
            if (current != null) {
                current.integrations().forEach(i -> oldIntegrations.add(i.id()));
            }
            newIntegrations.stream().filter(i -> !oldIntegrations.contains(i)).forEach(integrationsAdded::add);
            oldIntegrations.stream().filter(i -> !newIntegrations.contains(i)).forEach(integrationsRemoved::add);
        }
        List<String> unresolved = Diagnosis.unmet(needs(p.headers()), offers);
        return new DryRunReport.Change(p.symbolicName(), p.version(), action, current == null ? null : current.version(),
                declared, added, removed, changed, integrationsAdded, integrationsRemoved, unresolved);
    }

    private static List<String> regions(RuleInfo r) {
        return r.regions().stream().map(Object::toString).sorted().toList();
    }

    /** The mandatory and optional requirements a manifest declares, as the resolver will see them. */
    static List<Diagnosis.Need> needs(Map<String, String> headers) {
        List<Diagnosis.Need> needs = new ArrayList<>();
        for (Clauses.Clause c : Clauses.parse(ManifestReader.get(headers, "Import-Package"))) {
            String range = c.attributes().getOrDefault("version", c.attributes().get("specification-version"));
            for (String pkg : c.names()) {
                String filter = "(" + PackageNamespace.PACKAGE_NAMESPACE + "=" + pkg + ")";
                if (range != null) {
                    filter = "(&" + filter + new VersionRange(range.trim()).toFilterString(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE) + ")";
                }
                needs.add(new Diagnosis.Need(PackageNamespace.PACKAGE_NAMESPACE, filter, c.directives()));
            }
        }
        for (Clauses.Clause c : Clauses.parse(ManifestReader.get(headers, "Require-Bundle"))) {
            for (String name : c.names()) {
                String range = c.attributes().get("bundle-version");
                String filter = "(" + BundleNamespace.BUNDLE_NAMESPACE + "=" + name + ")";
                if (range != null) {
                    filter = "(&" + filter + new VersionRange(range.trim()).toFilterString("bundle-version") + ")";
                }
                needs.add(new Diagnosis.Need(BundleNamespace.BUNDLE_NAMESPACE, filter, c.directives()));
            }
        }
        for (Clauses.Clause c : Clauses.parse(ManifestReader.get(headers, "Require-Capability"))) {
            for (String namespace : c.names()) {
                needs.add(new Diagnosis.Need(namespace, c.directives().get("filter"), c.directives()));
            }
        }
        return needs;
    }
}
