package org.policyops.plugins.internal.service;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.plugins.DryRunReport;
import org.policyops.api.plugins.PluginInstaller;
import org.policyops.core.rest.ProblemException;

/** Dry runs for the console and the REST API: the upload checks, then {@link DryRun}; nothing is stored. */
@Component(service = { PluginInstaller.class, PluginInstallerService.class })
public class PluginInstallerService implements PluginInstaller {

    private final PluginInventoryService inventory;

    @Activate
    public PluginInstallerService(@Reference PluginInventoryService inventory) {
        this.inventory = inventory;
    }

    @Override
    public DryRunReport dryRun(byte[] archive) {
        try {
            return check(archive, null);
        } catch (ProblemException e) {
            throw new IllegalArgumentException(e.detail(), e);
        }
    }

    /**
     * The dry run with the problems of a refused upload as they are answered over REST.
     *
     * @throws ProblemException 400 naming what an upload of it would be refused for
     */
    public DryRunReport check(byte[] archive, String requestedName) {
        Upload upload = Upload.inspect(archive, requestedName, inventory.limits());
        SignatureCheck.Result signature = inventory.signatures().check(upload.jars());
        return DryRun.of(upload, signature.status(), inventory.plugins(), inventory.offers());
    }
}
