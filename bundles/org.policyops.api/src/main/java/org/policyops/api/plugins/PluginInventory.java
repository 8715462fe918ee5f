package org.policyops.api.plugins;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Every installed bundle that carries the {@link org.policyops.api.compliance.PluginHeaders#PLUGIN} header, whatever
 * its state: an unresolved plugin is listed with the reason it does not resolve.
 */
@ProviderType
public interface PluginInventory {

    /** Every plugin bundle, by bundle id. */
    List<PluginInfo> plugins();

    /** One plugin bundle; empty when there is no bundle with that id or it is not a plugin. */
    Optional<PluginInfo> plugin(long bundleId);
}
