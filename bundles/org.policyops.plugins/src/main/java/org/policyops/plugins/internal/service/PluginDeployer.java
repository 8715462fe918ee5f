package org.policyops.plugins.internal.service;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.plugins.PluginInfo;
import org.policyops.core.rest.ProblemException;

/**
 * Deploys and removes plugins through Karaf's deploy/ folder, so that an uploaded plugin is handled exactly like a
 * dropped file: it survives restarts, and deleting the file removes it. Files are written next to the folder and
 * moved in, so that fileinstall never sees half a jar.
 */
@Component(service = PluginDeployer.class)
public class PluginDeployer {

    /**
     * What became of a deployment.
     *
     * @param unchanged true when deploy/ already held exactly this file, so nothing was written or installed
     */
    public record Outcome(Upload upload, Path file, Optional<PluginInfo> plugin, boolean unchanged) {
    }

    private static final long POLL_MILLIS = 25;
    /** Once installed, how long to give fileinstall to start the bundle before answering with its state. */
    private static final long START_GRACE_MILLIS = 3_000;

    private final PluginInventoryService inventory;

    @Activate
    public PluginDeployer(@Reference PluginInventoryService inventory) {
        this.inventory = inventory;
    }

    /** Stores the upload in deploy/ and waits (bounded) until fileinstall installed (and started) it. */
    public Outcome deploy(byte[] body, String requestedName) {
        Upload inspected = Upload.inspect(body, requestedName);
        Upload upload = inspected;
        DeployFolder folder = inventory.folder();
        if (!upload.kar()) {
            // An upgrade replaces the file of the installed version, so that fileinstall updates that bundle in
            // place instead of installing the new version next to the old one.
            Optional<String> existing = inventory.plugins().stream()
                    .filter(p -> inspected.symbolicName().equals(p.symbolicName()) && p.deployedFile() != null)
                    .map(PluginInfo::deployedFile).findFirst();
            if (existing.isPresent()) {
                upload = upload.storedAs(existing.get());
            }
        }
        Path target = folder.dir().resolve(upload.fileName());
        if (sameContent(target, body)) {
            // fileinstall ignores a file whose content did not change: answer with what is installed from it.
            Bundle current = installed(target, 0);
            return new Outcome(upload, target, current == null ? Optional.empty() : inventory.plugin(current.getBundleId()), true);
        }
        long started = System.currentTimeMillis();
        store(body, folder.dir(), target);
        if (upload.kar()) {
            return new Outcome(upload, target, Optional.empty(), false);
        }
        long deadline = System.nanoTime() + inventory.installWaitMillis() * 1_000_000;
        Bundle[] found = new Bundle[1];
        waitUntil(deadline, () -> {
            found[0] = installed(target, started);
            return found[0] != null;
        });
        if (found[0] == null) {
            return new Outcome(upload, target, Optional.empty(), false);
        }
        Bundle bundle = found[0];
        long startDeadline = Math.min(deadline, System.nanoTime() + START_GRACE_MILLIS * 1_000_000);
        waitUntil(startDeadline, () -> bundle.getState() == Bundle.ACTIVE || bundle.getState() == Bundle.UNINSTALLED);
        return new Outcome(upload, target, inventory.plugin(bundle.getBundleId()), false);
    }

    private static boolean sameContent(Path file, byte[] body) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == body.length && java.util.Arrays.equals(Files.readAllBytes(file), body);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Removes a plugin: deletes its file from deploy/ (fileinstall then uninstalls it) and waits until it is gone,
     * or uninstalls the bundle itself when it did not come from deploy/.
     *
     * @return true when the bundle is gone, false when it is still there after the wait
     */
    public boolean remove(PluginInfo plugin) {
        Bundle bundle = inventory.context().getBundle(plugin.bundleId());
        if (bundle == null) {
            return true;
        }
        Optional<Path> file = inventory.folder().fileOf(plugin.location());
        if (file.isPresent()) {
            try {
                Files.deleteIfExists(file.get());
            } catch (IOException e) {
                throw new ProblemException(500, "Could not remove the plugin", "Deleting " + file.get() + " failed: " + e.getMessage());
            }
        } else {
            try {
                bundle.uninstall();
            } catch (BundleException e) {
                throw new ProblemException(500, "Could not remove the plugin", "Uninstalling bundle " + plugin.bundleId() + " failed: " + e.getMessage());
            }
            // Only the uninstalled bundle (and whatever wired to it, which for a plugin is nothing) is refreshed.
            inventory.context().getBundle(0).adapt(FrameworkWiring.class).refreshBundles(Set.of(bundle));
        }
        long deadline = System.nanoTime() + inventory.installWaitMillis() * 1_000_000;
        return waitUntil(deadline, () -> inventory.context().getBundle(plugin.bundleId()) == null);
    }

    /** The bundle fileinstall installed or updated from the file since the given time, or null. */
    private Bundle installed(Path file, long sinceMillis) {
        DeployFolder folder = inventory.folder();
        for (Bundle b : inventory.context().getBundles()) {
            if (folder.fileOf(b.getLocation()).filter(file::equals).isPresent() && b.getLastModified() >= sinceMillis - 1) {
                return b;
            }
        }
        return null;
    }

    static void store(byte[] body, Path dir, Path target) {
        Path temp = null;
        try {
            Files.createDirectories(dir);
            // Next to deploy/, not in it: fileinstall must not pick up the partial file.
            Path parent = dir.toAbsolutePath().getParent();
            temp = Files.createTempFile(parent == null ? dir : parent, ".plugin-upload-", ".part");
            Files.write(temp, body);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ProblemException(500, "Could not store the plugin", "Writing " + target + " failed: " + e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the move took it, or there is nothing sensible left to do
                }
            }
        }
    }

    /** Polls until the condition holds or the deadline (System.nanoTime) passes; true when it held. */
    static boolean waitUntil(long deadlineNanos, BooleanSupplier condition) {
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (System.nanoTime() > deadlineNanos) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
