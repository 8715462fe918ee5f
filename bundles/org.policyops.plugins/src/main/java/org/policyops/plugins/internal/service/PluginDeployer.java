package org.policyops.plugins.internal.service;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.plugins.PluginInfo;
import org.policyops.api.plugins.UploadRecord;
import org.policyops.core.rest.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys and removes plugins through Karaf's deploy/ folder, so that an uploaded plugin is handled exactly like a
 * dropped file: it survives restarts, and deleting the file removes it. Files are written next to the folder and
 * moved in, so that fileinstall never sees half a jar.
 * <p>
 * An upgrade is stored as a new file ({@code <symbolicName>-<version>.jar}) next to the installed version's file:
 * both run side by side for a moment (the compliance runtime uses the newer version's rules as soon as they are
 * registered), and only when the new version is active, its components started and its rules accepted is the old
 * file deleted. When the new version does not resolve, fails to activate or has rules refused, its file is deleted
 * instead and the old version, which never stopped, stays: a last-known-good rollback without a gap. A copy of each
 * good version is kept under {@code data/policyops/plugins/last-good/} to restore an upgrade that replaced the
 * same file.
 */
@Component(service = PluginDeployer.class)
public class PluginDeployer {

    private static final Logger LOG = LoggerFactory.getLogger(PluginDeployer.class);

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
    /** How many good versions of each plugin are kept under last-good/. */
    private static final int KEEP_GOOD = 3;
    private static final FileAttribute<Set<PosixFilePermission>> RW_R_R = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--"));

    private final PluginInventoryService inventory;
    /** Files in deploy/ an upload is writing and judging now; the deploy/ watcher leaves them alone. */
    private final Set<Path> handling = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Activate
    public PluginDeployer(@Reference PluginInventoryService inventory) {
        this.inventory = inventory;
    }

    /**
     * Checks the upload (refusing it with 400 before anything is written), stores it in deploy/ and waits (bounded)
     * until fileinstall installed and started it; an upgrade that does not work is rolled back (422).
     */
    public Outcome deploy(byte[] body, String requestedName, String user) {
        Path dir = inventory.folder().dir();
        List<Path> marked = new ArrayList<>();
        try {
            return deploy(body, requestedName, user, dir, marked);
        } finally {
            handling.removeAll(marked);
        }
    }

    /** True while an upload writes or judges this file. */
    boolean handling(Path file) {
        return handling.contains(file);
    }

    private Outcome deploy(byte[] body, String requestedName, String user, Path dir, List<Path> marked) {
        Upload upload;
        SignatureCheck.Result signature;
        try {
            upload = Upload.inspect(body, requestedName, inventory.limits());
            signature = inventory.signatures().check(upload.jars());
        } catch (ProblemException e) {
            record(user, requestedName, null, null, body == null ? null : Upload.sha256(body), null, "refused", List.of(e.detail()));
            throw e;
        }
        if (!signature.trusted()) {
            LOG.warn("Plugin upload by {} is {}: {} (stored because signaturePolicy = warn)", user, signature.status(), signature.detail());
        }
        DeployFolder folder = inventory.folder();
        Path target = folder.dir().resolve(upload.fileName());
        if (sameContent(target, body)) {
            // fileinstall ignores a file whose content did not change: answer with what is installed from it.
            Bundle current = installed(target, 0);
            record(user, upload, signature, "unchanged", List.of());
            return new Outcome(upload, target, current == null ? Optional.empty() : inventory.plugin(current.getBundleId()), true);
        }
        if (upload.kar()) {
            store(body, folder.dir(), target);
            record(user, upload, signature, "stored", List.of());
            return new Outcome(upload, target, Optional.empty(), false);
        }
        List<PluginInfo> previous = inventory.plugins().stream()
                .filter(p -> upload.symbolicName().equals(p.symbolicName()) && p.deployedFile() != null).toList();
        for (PluginInfo p : previous) {
            if ("ACTIVE".equals(p.state())) {
                // What runs now is what a failed upgrade goes back to (a failing delivery of an integration is no reason to lose it).
                keepGood(p.symbolicName(), folder.dir().resolve(p.deployedFile()));
            }
        }
        marked.add(target);
        handling.add(target);
        long started = System.currentTimeMillis();
        store(body, folder.dir(), target);
        long deadline = System.nanoTime() + inventory.installWaitMillis() * 1_000_000;
        Bundle[] found = new Bundle[1];
        waitUntil(deadline, () -> {
            found[0] = installed(target, started);
            return found[0] != null;
        });
        if (found[0] == null) {
            record(user, upload, signature, "stored", List.of("not installed by Karaf within " + inventory.installWaitMillis() + " ms"));
            return new Outcome(upload, target, Optional.empty(), false);
        }
        Bundle bundle = found[0];
        List<String> failures = settle(bundle, upload);
        List<PluginInfo> working = previous.stream().filter(p -> "ACTIVE".equals(p.state())).toList();
        if (!failures.isEmpty() && !working.isEmpty()) {
            rollBack(bundle, target, working, upload, user, signature, failures);
        }
        if (failures.isEmpty()) {
            // The new version works: the old file goes (fileinstall uninstalls the old version), the new is kept as good.
            for (PluginInfo p : previous) {
                Path old = folder.dir().resolve(p.deployedFile());
                if (!old.equals(target)) {
                    deleteQuietly(old);
                    waitUntil(System.nanoTime() + inventory.installWaitMillis() * 1_000_000,
                            () -> inventory.context().getBundle(p.bundleId()) == null);
                }
            }
            keepGood(upload.symbolicName(), target);
        }
        record(user, upload, signature, previous.isEmpty() ? "installed" : "upgraded", failures);
        return new Outcome(upload, target, inventory.plugin(bundle.getBundleId()), false);
    }

    /**
     * Waits until the new bundle is active with its components started and rules registered, or until the settle
     * time passed, and says what went wrong; empty when it works. Fileinstall resolves and starts the bundle; this
     * only watches (see {@link PluginInventoryService#doesNotResolve(Bundle)} for why it must not resolve it itself).
     */
    private List<String> settle(Bundle bundle, Upload upload) {
        return watch(bundle, upload.declaredRules(),
                System.nanoTime() + Math.max(START_GRACE_MILLIS, inventory.settleMillis()) * 1_000_000);
    }

    /** How long a verdict on a new version must stay the same before it counts. */
    static final long STABLE_NANOS = 300_000_000L;

    /**
     * Watches a new or updated bundle until the verdict (what is wrong, or nothing) stayed the same for
     * {@link #STABLE_NANOS}: installed with requirements nothing offers (it does not resolve), or active with
     * Declarative Services and the compliance runtime having taken it up. The runtime binds rules as they are
     * registered, and a verdict taken in between could see a rule as refused that is merely not bound yet, or miss
     * one that is about to be refused. At the deadline, what is known then; a bundle that is still not active then
     * did not resolve or did not start. An uninstalled bundle has nothing wrong with it to report.
     */
    List<String> watch(Bundle bundle, List<Upload.DeclaredRule> declared, long deadlineNanos) {
        List<String> last = null;
        long since = System.nanoTime();
        while (true) {
            int state = bundle.getState();
            List<String> now;
            boolean decided;
            if (state == Bundle.ACTIVE) {
                now = inventory.activationFailures(bundle, declared);
                decided = !now.isEmpty() || inventory.settled(bundle, declared);
            } else if (state == Bundle.INSTALLED) {
                now = inventory.doesNotResolve(bundle);
                decided = !now.isEmpty();
            } else {
                now = List.of();
                decided = state == Bundle.UNINSTALLED;
            }
            if (decided && now.equals(last)) {
                if (System.nanoTime() - since >= STABLE_NANOS) {
                    return now;
                }
            } else {
                last = decided ? now : null;
                since = System.nanoTime();
            }
            if (System.nanoTime() > deadlineNanos) {
                return atDeadline(bundle, now);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return atDeadline(bundle, now);
            }
        }
    }

    private static List<String> atDeadline(Bundle bundle, List<String> now) {
        int state = bundle.getState();
        if (!now.isEmpty() || state == Bundle.ACTIVE || state == Bundle.UNINSTALLED) {
            return now;
        }
        return List.of(state == Bundle.INSTALLED ? "It does not resolve (bundle:diag " + bundle.getBundleId() + " in the console tells why)."
                : "It did not start (state " + PluginInventoryService.state(state) + ").");
    }

    private void rollBack(Bundle bundle, Path target, List<PluginInfo> previous, Upload upload, String user,
            SignatureCheck.Result signature, List<String> failures) {
        PluginInfo old = previous.get(0);
        Path oldFile = inventory.folder().dir().resolve(old.deployedFile());
        if (oldFile.equals(target)) {
            // The same file name (the same version rebuilt): put the last good copy back over it.
            Optional<Path> good = lastGood(upload.symbolicName(), target.getFileName().toString());
            if (good.isEmpty()) {
                return; // nothing to go back to; the failed version stays, with its errors in the inventory
            }
            try {
                store(Files.readAllBytes(good.get()), inventory.folder().dir(), target);
            } catch (IOException e) {
                throw new ProblemException(500, "Could not roll back", "Restoring " + good.get() + " failed: " + e.getMessage());
            }
        } else {
            deleteQuietly(target);
            waitUntil(System.nanoTime() + inventory.installWaitMillis() * 1_000_000,
                    () -> inventory.context().getBundle(bundle.getBundleId()) == null);
        }
        LOG.warn("Upgrade of {} to {} rolled back to {}: {}", upload.symbolicName(), upload.version(), old.version(), failures);
        record(user, upload, signature, "rolled-back", failures);
        throw new ProblemException(422, "Upgrade rolled back", "Version " + upload.version() + " of " + upload.symbolicName()
                + " did not work, so version " + old.version() + " stays installed: " + String.join(" ", failures))
                .with("symbolicName", upload.symbolicName()).with("version", upload.version())
                .with("rolledBackTo", old.version()).with("reasons", failures);
    }

    /** Keeps a copy of a working plugin jar under last-good/ (the newest few per plugin). */
    void keepGood(String symbolicName, Path file) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Path dir = inventory.dataDir().resolve("last-good").resolve(symbolicName.replaceAll("[^A-Za-z0-9._-]", "_"));
        try {
            Files.createDirectories(dir);
            Files.copy(file, dir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            try (var files = Files.list(dir)) {
                List<Path> all = files.sorted(Comparator.comparing(PluginDeployer::modified).reversed()).toList();
                for (Path p : all.subList(Math.min(KEEP_GOOD, all.size()), all.size())) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not keep a last-known-good copy of {} in {}", file, dir, e);
        }
    }

    /** The kept good copy of the plugin under that file name. */
    Optional<Path> lastGood(String symbolicName, String fileName) {
        Path p = inventory.dataDir().resolve("last-good").resolve(symbolicName.replaceAll("[^A-Za-z0-9._-]", "_")).resolve(fileName);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    private static Instant modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private void record(String user, Upload upload, SignatureCheck.Result signature, String outcome, List<String> reasons) {
        record(user, upload.fileName(), upload.symbolicName(), upload.version(), upload.sha256(), signature.status(), outcome, reasons);
    }

    private void record(String user, String file, String bsn, String version, String sha256, String signature, String outcome, List<String> reasons) {
        try {
            inventory.uploads().append(new UploadRecord(Instant.now(), user, file, bsn, version, sha256, signature, outcome, reasons));
        } catch (RuntimeException e) {
            LOG.warn("Could not record the upload of {} by {} ({})", file, user, outcome, e);
        }
    }

    private static boolean sameContent(Path file, byte[] body) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == body.length && java.util.Arrays.equals(Files.readAllBytes(file), body);
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", file, e);
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

    /**
     * Writes the file next to the folder and moves it in, readable by all (0644) as a copied file would be: a
     * temporary file is created owner-only (0600), which must not be what deploy/ ends up with.
     */
    static void store(byte[] body, Path dir, Path target) {
        Path temp = null;
        try {
            Files.createDirectories(dir);
            // Next to deploy/, not in it: fileinstall must not pick up the partial file.
            Path parent = dir.toAbsolutePath().getParent();
            Path tempDir = parent == null ? dir : parent;
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            temp = posix ? Files.createTempFile(tempDir, ".plugin-upload-", ".part", RW_R_R)
                    : Files.createTempFile(tempDir, ".plugin-upload-", ".part");
            if (posix) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--")); // the umask may have taken some
            }
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

    /** Compares versions as OSGi does; for telling an upgrade from a downgrade. */
    static int compare(String a, String b) {
        return Version.parseVersion(a).compareTo(Version.parseVersion(b));
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
