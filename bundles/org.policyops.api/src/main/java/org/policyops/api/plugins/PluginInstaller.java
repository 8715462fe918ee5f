package org.policyops.api.plugins;

import org.osgi.annotation.versioning.ProviderType;

/** Installs plugins, and tells beforehand what installing one would change. Registered by the plugins feature. */
@ProviderType
public interface PluginInstaller {

    /**
     * What installing the archive (a plugin jar or a kar of plugins) would change, without installing or storing
     * anything: the same checks as an upload, then the rules and integrations it adds, removes and changes compared
     * with the installed version, and the imports nothing installed satisfies.
     *
     * @throws IllegalArgumentException naming what is wrong when the archive would be refused
     */
    DryRunReport dryRun(byte[] archive);
}
