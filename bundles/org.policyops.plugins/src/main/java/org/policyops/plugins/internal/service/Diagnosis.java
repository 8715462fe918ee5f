package org.policyops.plugins.internal.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.resource.Namespace;

/**
 * Explains in plain words why a bundle does not resolve: which of its mandatory requirements nothing in the
 * platform offers. The framework's resolver says the same in its own terms; this names what to do, and for the
 * PolicyOps API which version the plugin was built for and which one this platform has.
 */
final class Diagnosis {

    /** A requirement as declared in a manifest: its namespace, filter and directives. */
    record Need(String namespace, String filter, Map<String, String> directives) {
    }

    /** A capability something resolved in the platform offers. */
    record Offer(String namespace, Map<String, Object> attributes) {
    }

    private static final Pattern PACKAGE = Pattern.compile("\\(osgi\\.wiring\\.package=([^)]+)\\)");
    private static final Pattern FLOOR = Pattern.compile("(?<!!)\\(version>=([^)]+)\\)");
    private static final Pattern CEILING = Pattern.compile("\\(!\\(version>=([^)]+)\\)\\)");
    private static final Pattern CEILING_INCLUSIVE = Pattern.compile("\\(version<=([^)]+)\\)");
    private static final String API_PREFIX = "org.policyops.api.";

    private Diagnosis() {
    }

    /** One sentence per mandatory requirement that no offer satisfies; empty when all are met. */
    static List<String> unmet(Collection<Need> needs, Collection<Offer> offers) {
        List<String> reasons = new ArrayList<>();
        for (Need need : needs) {
            if (!mandatory(need)) {
                continue;
            }
            if (need.filter() == null) {
                continue; // a requirement without a filter is met by any capability of its namespace
            }
            Filter filter = filter(need.filter());
            if (filter == null) {
                reasons.add("has a malformed requirement in " + need.namespace() + ": " + need.filter());
                continue;
            }
            boolean met = offers.stream()
                    .anyMatch(o -> o.namespace().equals(need.namespace()) && filter.matches(o.attributes()));
            if (!met) {
                reasons.add(explain(need, offers));
            }
        }
        return reasons;
    }

    /** Optional, dynamic and runtime-only (effective:=active, e.g. services) requirements never stop resolution. */
    private static boolean mandatory(Need need) {
        String resolution = need.directives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE);
        String effective = need.directives().get(Namespace.REQUIREMENT_EFFECTIVE_DIRECTIVE);
        return !Namespace.RESOLUTION_OPTIONAL.equals(resolution) && !PackageNamespace.RESOLUTION_DYNAMIC.equals(resolution)
                && (effective == null || Namespace.EFFECTIVE_RESOLVE.equals(effective));
    }

    private static String explain(Need need, Collection<Offer> offers) {
        if (!PackageNamespace.PACKAGE_NAMESPACE.equals(need.namespace())) {
            return "needs " + need.namespace() + " " + need.filter() + ", which nothing installed provides";
        }
        String pkg = first(PACKAGE, need.filter());
        if (pkg == null) {
            return "needs a package matching " + need.filter() + ", which nothing installed exports";
        }
        String range = range(need.filter());
        TreeSet<String> available = new TreeSet<>();
        for (Offer o : offers) {
            if (o.namespace().equals(need.namespace()) && pkg.equals(o.attributes().get(PackageNamespace.PACKAGE_NAMESPACE))) {
                Object version = o.attributes().get(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE);
                available.add(version == null ? "0.0.0" : version.toString());
            }
        }
        if (pkg.startsWith(API_PREFIX)) {
            String area = pkg.substring(API_PREFIX.length());
            if (available.isEmpty()) {
                return "needs the PolicyOps " + area + " API " + range + ", which this platform does not have";
            }
            String provided = available.last();
            return "built for PolicyOps " + area + " API " + range + " but this platform provides " + String.join(", ", available)
                    + ": rebuild the plugin against " + provided.split("\\.")[0] + ".x";
        }
        if (available.isEmpty()) {
            return "needs package " + pkg + " " + range + ", which nothing installed exports: install the bundle or feature that provides it, or embed it in the plugin";
        }
        return "needs package " + pkg + " " + range + " but the platform exports only " + String.join(", ", available);
    }

    /** The version range a package filter asks for, as in a manifest, e.g. {@code [2.0.0,3.0.0)}. */
    static String range(String filter) {
        String floor = first(FLOOR, filter);
        String ceiling = first(CEILING, filter);
        String inclusiveCeiling = first(CEILING_INCLUSIVE, filter);
        if (floor == null && ceiling == null && inclusiveCeiling == null) {
            return "(any version)";
        }
        String low = floor == null ? "[0.0.0" : "[" + floor;
        if (ceiling != null) {
            return low + "," + ceiling + ")";
        }
        if (inclusiveCeiling != null) {
            return low + "," + inclusiveCeiling + "]";
        }
        return floor;
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static Filter filter(String text) {
        try {
            return FrameworkUtil.createFilter(text);
        } catch (InvalidSyntaxException e) {
            return null;
        }
    }
}
