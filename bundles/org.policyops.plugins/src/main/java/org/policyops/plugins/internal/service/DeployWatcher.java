package org.policyops.plugins.internal.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.plugins.PluginInfo;
import org.policyops.api.plugins.UploadRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Last-known-good for plugins in deploy/ that are upgraded by hand (a new jar moved over the old file, which
 * fileinstall updates in place): keeps a copy of each version that works under {@code last-good/}, and when an
 * update does not resolve, does not start or has components fail or rules refused, puts the last good copy back
 * over the file (fileinstall then updates the bundle back) and records the failed attempt. Uploads over REST are
 * judged by {@link PluginDeployer} itself; their files are left alone here.
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
        if ((event.getType() != BundleEvent.UPDATED && event.getType() != BundleEvent.STARTED) || !PluginInventoryService.isPlugin(b)) {
            return;
        }
        Optional<Path> file = inventory.folder().fileOf(b.getLocation());
        if (file.isEmpty() || deployer.handling(file.get())) {
            return;
        }
        boolean updated = event.getType() == BundleEvent.UPDATED;
        try {
            checks.execute(() -> check(b, file.get(), updated));
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

    /** Waits (bounded) until the bundle settled and says what is wrong with it; empty when it works. */
    private List<String> judge(Bundle b) {
        FrameworkWiring wiring = inventory.context().getBundle(0).adapt(FrameworkWiring.class);
        if (b.getState() == Bundle.INSTALLED && !wiring.resolveBundles(Set.of(b))) {
            List<String> reasons = inventory.plugin(b.getBundleId()).map(PluginInfo::errors).orElse(List.of());
            return reasons.isEmpty() ? List.of("It does not resolve.") : reasons;
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(inventory.settleMillis() + 3_000);
        PluginDeployer.waitUntil(deadline, () -> b.getState() == Bundle.ACTIVE || b.getState() == Bundle.UNINSTALLED);
        List<String> failures = new java.util.ArrayList<>(deployer.watch(b, List.of(), deadline));
        boolean settled = b.getState() == Bundle.ACTIVE;
        if (failures.isEmpty() && b.getState() != Bundle.ACTIVE && b.getState() != Bundle.UNINSTALLED) {
            failures.add(settled ? "It did not start." : "It did not start (state " + PluginInventoryService.state(b.getState()) + ").");
        }
        return failures;
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
