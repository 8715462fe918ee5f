package org.policyops.api.compliance;

/**
 * Manifest headers by which a bundle declares itself a PolicyOps plugin. With bnd:
 *
 * <pre>
 * PolicyOps-Plugin: EU compliance pack
 * PolicyOps-Plugin-Region: EU
 * PolicyOps-Plugin-Team: Policy EMEA
 * Bundle-Description: Rules for launches in the European Union (DSA)
 * </pre>
 *
 * A plugin imports {@code org.policyops.api.*} packages with a version range (bnd's default, {@code [1.0,2)} for
 * this package's 1.0); a plugin built against an incompatible major version does not resolve, and the inventory
 * says which API version it needs and which the platform offers.
 */
public final class PluginHeaders {

    /** Marks a bundle as a plugin; the value is the plugin's name for people. */
    public static final String PLUGIN = "PolicyOps-Plugin";

    /** The regions the plugin is for, comma-separated (e.g. {@code EU} or {@code UK, IE}); {@code *} for all. */
    public static final String REGION = "PolicyOps-Plugin-Region";

    /** The team that owns the plugin and answers for it, e.g. {@code Policy EMEA}. */
    public static final String TEAM = "PolicyOps-Plugin-Team";

    private PluginHeaders() {
    }
}
