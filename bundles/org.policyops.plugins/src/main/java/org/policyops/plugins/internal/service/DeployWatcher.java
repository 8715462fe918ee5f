package org.policyops.plugins.internal.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.plugins.UploadRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Last-known-good for plugins upgraded through deploy/ by hand, without a moment in which the upgraded plugin's
 * rules are missing:
 * <ul>
 * <li>A new jar moved over the old file: fileinstall updates the bundle in place (its rules are pending in the
 * compliance runtime meanwhile). When the update does not resolve, does not start or has components fail or rules
 * refused, the last good copy is put back over the file (fileinstall updates the bundle back; the rules stay
 * pending until the old ones are registered again) and the failed attempt is recorded.</li>
 * <li>A new version dropped as a file of its own next to the installed one's (as uploads are named,
 * {@code <symbolicName>-<version>.jar}): both run side by side for a moment, the compliance runtime using the
 * newer version's rules as soon as they are registered. Once the new version works, the older files of that plugin
 * are deleted (fileinstall uninstalls them); when it does not, its own file is deleted instead and the old
 * version, which never stopped, stays. The file dropped last wins, as an upload does.</li>
 * </ul>
 * A copy of each version that works is kept under {@code last-good/}. Uploads over REST are judged by
 * {@link PluginDeployer} itself; their files are left alone here. This only watches bundles: fileinstall (or the
 * console) resolves and starts them.
 */
@Component(immediate = true)
public class DeployWatcher implements BundleListener {

    private static final Logger LOG = LoggerFactory.getLogger(DeployWatcher.class);

    private final PluginInventoryService inventory;
    private final PluginDeployer deployer;
    /** One thread: checks run one after another, off the framework's event thread. */
    private final ExecutorService checks = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "policyops-plugin-last-known-good");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public DeployWatcher(@Reference PluginInventoryService inventory, @Reference PluginDeployer deployer) {
        this.inventory = inventory;
        this.deployer = deployer;
        inventory.context().addBundleListener(this);
        // Plugins that already run (e.g. after a restart) are good as they are.
        for (Bundle b : inventory.context().getBundles()) {
            if (b.getState() == Bundle.ACTIVE) {
                bundleChanged(new BundleEvent(BundleEvent.STARTED, b));
            }
        }
    }

    @Deactivate
    void deactivate() {
        inventory.context().removeBundleListener(this);
        checks.shutdownNow();
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        Bundle b = event.getBundle();
        int type = event.getType();
        if ((type != BundleEvent.UPDATED && type != BundleEvent.STARTED && type != BundleEvent.INSTALLED) || !PluginInventoryService.isPlugin(b)) {
            return;
        }
        Optional<Path> file = inventory.folder().fileOf(b.getLocation());
        if (file.isEmpty() || deployer.handling(file.get())) {
            return;
        }
        try {
            checks.execute(() -> {
                if (type == BundleEvent.INSTALLED) {
                    checkNextTo(b, file.get());
                } else {
                    check(b, file.get(), type == BundleEvent.UPDATED);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down
        }
    }

    private void check(Bundle b, Path file, boolean updated) {
        try {
            if (b.getState() == Bundle.UNINSTALLED || !Files.isRegularFile(file)) {
                return;
            }
            List<String> failures = judge(b);
            String bsn = b.getSymbolicName();
            if (b.getState() == Bundle.UNINSTALLED || overtaken(b, file)) {
                return;
            }
            if (failures.isEmpty()) {
                deployer.keepGood(bsn, file);
                return;
            }
            if (!updated) {
                return;
            }
            String current = inventory.sha256(file);
            Optional<Path> good = lastGood(bsn, current);
            if (good.isEmpty()) {
                LOG.warn("Plugin {} {} from {} does not work and there is no earlier working copy to go back to: {}", bsn, b.getVersion(),
                        file.getFileName(), failures);
                return;
            }
            PluginDeployer.store(Files.readAllBytes(good.get()), inventory.folder().dir(), file);
            LOG.warn("Plugin {} {} from {} does not work; its last working copy was put back: {}", bsn, b.getVersion(), file.getFileName(), failures);
            inventory.uploads().append(new UploadRecord(Instant.now(), "deploy/", file.getFileName().toString(), bsn, b.getVersion().toString(),
                    current, "unchecked", "rolled-back", failures));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not check plugin {} from {} for a rollback", b.getSymbolicName(), file, e);
        }
    }

    /**
     * A plugin installed from a file of its own while an older install of the same plugin (symbolic name) runs from
     * another file in deploy/: an upgrade dropped next to the old version. Judged like an upload: when it works the
     * older files go, when it does not its own file goes.
     */
    private void checkNextTo(Bundle b, Path file) {
        try {
            String bsn = b.getSymbolicName();
            List<Bundle> older = olderInstalls(b);
            if (older.isEmpty() || !Files.isRegularFile(file)) {
                return; // a first install: judged when it starts
            }
            List<String> failures = judge(b);
            if (b.getState() == Bundle.UNINSTALLED || !Files.isRegularFile(file) || overtaken(b, file)) {
                return; // removed or replaced meanwhile (by hand, or by an upload)
            }
            if (failures.isEmpty()) {
                for (Bundle o : olderInstalls(b)) {
                    Optional<Path> oldFile = inventory.folder().fileOf(o.getLocation());
                    if (oldFile.isPresent() && !oldFile.get().equals(file) && !deployer.handling(oldFile.get())) {
                        LOG.info("Plugin {} {} from {} works: its older version {} from {} is removed.", bsn, b.getVersion(),
                                file.getFileName(), o.getVersion(), oldFile.get().getFileName());
                        Files.deleteIfExists(oldFile.get());
                    }
                }
                deployer.keepGood(bsn, file);
                return;
            }
            String sha = inventory.sha256(file);
            Files.deleteIfExists(file);
            LOG.warn("Plugin {} {} dropped as {} next to version {} does not work, so its file was removed and {} stays: {}", bsn,
                    b.getVersion(), file.getFileName(), older.get(0).getVersion(), older.get(0).getVersion(), failures);
            inventory.uploads().append(new UploadRecord(Instant.now(), "deploy/", file.getFileName().toString(), bsn, b.getVersion().toString(),
                    sha, "unchecked", "rolled-back", failures));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not check plugin {} from {} against its older version", b.getSymbolicName(), file, e);
        }
    }

    /**
     * True when what was judged is no longer what is there, so the verdict must not be acted on (checks run one
     * after another and can come late): the file was written again after the bundle was installed or updated from
     * it (its new content is judged on its own event), or a newer install of the same plugin came meanwhile (an
     * upload or another drop, judged on its own).
     */
    private boolean overtaken(Bundle b, Path file) throws IOException {
        if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toMillis() > b.getLastModified()) {
            return true;
        }
        for (Bundle o : inventory.context().getBundles()) {
            if (o.getBundleId() > b.getBundleId() && b.getSymbolicName() != null && b.getSymbolicName().equals(o.getSymbolicName())
                    && o.getState() != Bundle.UNINSTALLED) {
                return true;
            }
        }
        return false;
    }

    /** Installs of the same plugin from other files in deploy/ that were installed before this one. */
    private List<Bundle> olderInstalls(Bundle b) {
        List<Bundle> older = new java.util.ArrayList<>();
        String bsn = b.getSymbolicName();
        for (Bundle o : inventory.context().getBundles()) {
            if (o.getBundleId() < b.getBundleId() && bsn != null && bsn.equals(o.getSymbolicName()) && o.getState() != Bundle.UNINSTALLED
                    && inventory.folder().fileOf(o.getLocation()).isPresent()) {
                older.add(o);
            }
        }
        return older;
    }

    /** Waits (bounded) until the bundle settled and says what is wrong with it; empty when it works. */
    private List<String> judge(Bundle b) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(inventory.settleMillis() + 3_000);
        return deployer.watch(b, List.of(), deadline);
    }

    /** The newest kept copy of the plugin other than the file as it is now, unless the file itself was good once. */
    private Optional<Path> lastGood(String bsn, String currentSha) {
        Path dir = inventory.dataDir().resolve("last-good").resolve(bsn.replaceAll("[^A-Za-z0-9._-]", "_"));
        if (!Files.isDirectory(dir) || currentSha == null) {
            return Optional.empty();
        }
        try (var files = Files.list(dir)) {
            List<Path> copies = files.sorted(Comparator.comparing(DeployWatcher::modified).reversed()).toList();
            List<String> shas = copies.stream().map(inventory::sha256).toList();
            if (shas.contains(currentSha)) {
                return Optional.empty(); // it worked before: do not go round in circles
            }
            return copies.stream().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Instant modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
