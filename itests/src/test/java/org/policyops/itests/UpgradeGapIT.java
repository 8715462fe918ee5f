package org.policyops.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import javax.inject.Inject;

import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.SynchronousBundleListener;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.policyops.api.compliance.ComplianceRule;
import org.policyops.itests.plugins.FailingInBlocker;
import org.policyops.testing.Waiting;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The hard way: a plugin with an always-failing BLOCKER for IN is upgraded again and again — by replacing its file
 * in deploy/, by {@code POST /api/plugins}, and by {@code Bundle.update} as the console's {@code bundle:update}
 * does — while other threads ask for the readiness of an IN launch and try to approve it. Not one answer may be GO
 * and not one approval may succeed. The whole scenario is repeated {@link #REPETITIONS} times, each on a fresh
 * launch. Progress is tracked by counting upgrades (the new version's rule service registering), never by sleeping.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class UpgradeGapIT extends PolicyOpsTestSupport {

    static final String BSN = "org.policyops.itests.gap";
    static final String FILE = "gap-plugin.jar";
    static final int REPETITIONS = 20;
    static final int UPGRADES_PER_REPETITION = 6;
    static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    BundleContext bundleContext;

    /**
     * This class runs long and often on a busy machine: give the container up to ten minutes to come up (Pax Exam
     * gives up after three by default).
     */
    @Override
    protected List<Option> extraOptions() {
        return List.of(CoreOptions.systemTimeout(600_000));
    }

    /** The plugin's bundle events with the time they came, printed when a repetition fails. */
    private final List<String> bundleEvents = Collections.synchronizedList(new ArrayList<>());
    private final SynchronousBundleListener bundleWatcher = event -> {
        if (BSN.equals(event.getBundle().getSymbolicName())) {
            bundleEvents.add(java.time.Instant.now() + " " + event.getType() + " " + event.getBundle().getVersion()
                    + " state " + event.getBundle().getState());
        }
    };

    /** Versions of the plugin whose rule service registered, in order. */
    private final BlockingQueue<String> registered = new LinkedBlockingQueue<>();
    private final ServiceListener watcher = event -> {
        if (event.getType() == ServiceEvent.REGISTERED && event.getServiceReference().getBundle() != null
                && BSN.equals(event.getServiceReference().getBundle().getSymbolicName())) {
            registered.add(event.getServiceReference().getBundle().getVersion().toString());
        }
    };

    @After
    public void removePlugin() throws Exception {
        bundleContext.removeServiceListener(watcher);
        bundleContext.removeBundleListener(bundleWatcher);
        deleteFilesOf(BSN);
        Files.deleteIfExists(TestPlugins.deployDir().resolve(FILE));
    }

    /**
     * Deletes every file in deploy/ a version of the plugin was installed from: an upload is stored under its own
     * name ({@code <symbolicName>-<version>.jar}) and replaces the file the plugin ran from before.
     */
    private List<Path> deleteFilesOf(String bsn) throws java.io.IOException {
        List<Path> deleted = new ArrayList<>();
        for (Bundle b : bundleContext.getBundles()) {
            if (bsn.equals(b.getSymbolicName()) && b.getLocation().startsWith("file:")) {
                Path file = Path.of(URI.create(b.getLocation())).toAbsolutePath().normalize();
                if (file.getParent().equals(TestPlugins.deployDir().toAbsolutePath().normalize()) && Files.deleteIfExists(file)) {
                    deleted.add(file);
                }
            }
        }
        return deleted;
    }

    static byte[] version(String v) throws Exception {
        return TestPlugins.plugin(BSN, v, TestPlugins.API_IMPORTS, Map.of(), FailingInBlocker.class);
    }

    private long createInLaunch(int n) throws Exception {
        Api.Response r = api().post("/api/launches", "planner",
                LaunchesIT.launch("Harassment v2.0 — India, upgrade run " + n, "IN"));
        assertEquals(r.toString(), 201, r.status());
        return r.json().path("id").asLong();
    }

    private String readinessOf(long id) throws Exception {
        return api().get("/api/launches/" + id + "/readiness?region=IN", "viewer").json().path("regions").path(0)
                .path("readiness").asText();
    }

    /** Waits for the rule service of that version to register (the count of upgrades, not a sleep). */
    private void awaitRegistered(String v) {
        Waiting.takeUntil("version " + v + " of " + BSN + " to register its rule", registered, v, WAIT);
    }

    private Bundle plugin() {
        for (Bundle b : bundleContext.getBundles()) {
            if (BSN.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError(BSN + " is not installed");
    }

    private HttpResponse<String> upload(byte[] jar) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort() + "/api/plugins"))
                .timeout(Duration.ofSeconds(90)).header("Authorization", Api.basic("admin", Api.password("admin")))
                .header("Content-Type", "application/java-archive").POST(HttpRequest.BodyPublishers.ofByteArray(jar)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    public void aFailingBlockerNeverGoesMissingWhileItsPluginIsUpgraded() throws Exception {
        api();
        bundleContext.addServiceListener(watcher, "(objectClass=" + ComplianceRule.class.getName() + ")");
        bundleContext.addBundleListener(bundleWatcher);
        // Without the plugin an IN launch of this policy is GO: the test can fail.
        long control = createInLaunch(0);
        assertEquals("GO", readinessOf(control));

        TestPlugins.drop(version("1.0.0"), FILE);
        awaitRegistered("1.0.0");
        // A first install has no earlier version whose rules could be pending: its rule takes part once the runtime
        // has bound its service, which happens on the registering thread just after (or before) this test's own
        // listener saw it; on a loaded machine a request can come in between. Upgrades are another matter: from here
        // on, every answer must be NO_GO at once.
        Waiting.waitUntil("1.0.0's blocker takes part in readiness", WAIT, () -> "NO_GO".equals(readinessOf(control)));

        int minor = 0;
        List<Long> visibleMillis = Collections.synchronizedList(new ArrayList<>());
        List<String> summary = new ArrayList<>();
        int totalGo = 0;
        int totalApproved = 0;
        for (int rep = 1; rep <= REPETITIONS; rep++) {
            long launch = createInLaunch(rep);
            String readinessPath = "/api/launches/" + launch + "/readiness?region=IN";
            String approvalPath = "/api/launches/" + launch + "/regions/IN/approval";
            AtomicBoolean stop = new AtomicBoolean();
            LongAdder asked = new LongAdder();
            LongAdder tried = new LongAdder();
            AtomicInteger go = new AtomicInteger();
            AtomicInteger approved = new AtomicInteger();
            Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
            List<String> offending = Collections.synchronizedList(new ArrayList<>());
            List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch started = new CountDownLatch(4);
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                boolean approver = t >= 2;
                Thread thread = new Thread(() -> {
                    started.countDown();
                    try {
                        while (!stop.get()) {
                            if (approver) {
                                Api.Response r = api().post(approvalPath, "planner", null);
                                tried.increment();
                                String kind = r.status() == 409
                                        ? "409 " + (r.json().has("changingPlugins") ? "changing" : r.json().path("readiness").asText("rules changed"))
                                        : Integer.toString(r.status());
                                answers.computeIfAbsent("approval " + kind, k -> new AtomicInteger()).incrementAndGet();
                                if (r.status() == 200) {
                                    approved.incrementAndGet();
                                    offending.add(r.body());
                                }
                            } else {
                                Api.Response r = api().get(readinessPath, "viewer");
                                asked.increment();
                                if (r.status() != 200) {
                                    answers.computeIfAbsent("readiness " + r.status(), k -> new AtomicInteger()).incrementAndGet();
                                    continue;
                                }
                                JsonNode region = r.json().path("regions").path(0);
                                String readiness = region.path("readiness").asText();
                                boolean pending = region.toString().contains("Pending: plugin " + BSN);
                                answers.computeIfAbsent("readiness " + readiness + (pending ? " (pending)" : ""),
                                        k -> new AtomicInteger()).incrementAndGet();
                                if (!"NO_GO".equals(readiness)) {
                                    go.incrementAndGet();
                                    offending.add(r.body());
                                }
                            }
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }, "upgrade-gap-" + (approver ? "approver-" : "reader-") + t);
                threads.add(thread);
                thread.start();
            }
            started.await();
            for (int u = 0; u < UPGRADES_PER_REPETITION; u++) {
                String v = "1." + (++minor) + ".0";
                byte[] jar = version(v);
                long begin = System.nanoTime();
                switch (u % 3) {
                    case 0 -> TestPlugins.drop(jar, FILE); // fileinstall updates the bundle in place
                    case 1 -> {
                        HttpResponse<String> r = upload(jar);
                        assertEquals(r.body(), 201, r.statusCode());
                    }
                    default -> plugin().update(new ByteArrayInputStream(jar)); // as bundle:update does
                }
                awaitRegistered(v);
                visibleMillis.add((System.nanoTime() - begin) / 1_000_000);
            }
            stop.set(true);
            for (Thread t : threads) {
                t.join(WAIT.toMillis());
            }
            assertEquals("no reader or approver failed", List.of(), failures);
            summary.add("repetition " + rep + ": " + asked.sum() + " readiness answers, " + tried.sum() + " approvals tried, "
                    + go.get() + " GO, " + approved.get() + " approved; " + new java.util.TreeMap<>(answers));
            totalGo += go.get();
            totalApproved += approved.get();
            if (go.get() + approved.get() > 0) {
                System.out.println("Bundle events of " + BSN + ":");
                bundleEvents.forEach(System.out::println);
                System.out.println(summary.get(summary.size() - 1));
            }
            bundleEvents.clear();
            assertEquals("readiness answers that were not NO_GO in repetition " + rep + ": " + offending, 0, go.get());
            assertEquals("approvals that went through in repetition " + rep + ": " + offending, 0, approved.get());
            assertTrue("the readers were answered during the upgrades", asked.sum() > 0 && tried.sum() > 0);
            Api.Response after = api().get("/api/launches/" + launch, "viewer");
            assertEquals("PLANNED", after.json().path("regions").path(0).path("status").asText());
        }
        summary.forEach(System.out::println);
        List<Long> sorted = new ArrayList<>(visibleMillis);
        Collections.sort(sorted);
        System.out.println("UpgradeGapIT: " + REPETITIONS + " repetitions, " + sorted.size() + " upgrades, " + totalGo
                + " GO, " + totalApproved + " approvals; upgrade -> new version's rule registered: p50 "
                + sorted.get(sorted.size() / 2) + " ms, p90 " + sorted.get(sorted.size() * 9 / 10) + " ms, max "
                + sorted.get(sorted.size() - 1) + " ms");

        // Removing the plugin explicitly ends it: the control launch is GO again.
        assertEquals("the plugin runs from one file", 1, deleteFilesOf(BSN).size());
        Waiting.waitUntil("the control launch is GO again once the plugin is removed", WAIT,
                () -> "GO".equals(readinessOf(control)));
    }

    /**
     * An integration keeps its queue and counts across upgrades of its plugin: every launch created — also while
     * the plugin is being replaced — reaches it exactly once and in order, and a second plugin registering the same
     * integration id is refused and shown among its errors.
     */
    @Test
    public void anIntegrationGetsEveryEventInOrderAcrossUpgradesAndADuplicateIdIsRefused() throws Exception {
        api();
        String bsn = "org.policyops.itests.recorder";
        String file = "recorder-plugin.jar";
        BlockingQueue<String> versions = new LinkedBlockingQueue<>();
        ServiceListener integrations = event -> {
            if (event.getType() == ServiceEvent.REGISTERED && event.getServiceReference().getBundle() != null
                    && bsn.equals(event.getServiceReference().getBundle().getSymbolicName())) {
                versions.add(event.getServiceReference().getBundle().getVersion().toString());
            }
        };
        bundleContext.addServiceListener(integrations, "(objectClass=org.policyops.api.compliance.Integration)");
        Files.deleteIfExists(org.policyops.itests.plugins.RecordingIntegration.file());
        List<Long> created = new ArrayList<>();
        try {
            TestPlugins.drop(TestPlugins.integrationPlugin(bsn, "1.0.0", org.policyops.itests.plugins.RecordingIntegration.class), file);
            awaitVersion(versions, "1.0.0");
            for (int u = 1; u <= 6; u++) {
                String v = "1." + u + ".0";
                byte[] jar = TestPlugins.integrationPlugin(bsn, v, org.policyops.itests.plugins.RecordingIntegration.class);
                created.add(createInLaunch(100 + created.size()));
                switch (u % 3) {
                    case 0 -> TestPlugins.drop(jar, file);
                    case 1 -> {
                        HttpResponse<String> r = upload(jar);
                        assertEquals(r.body(), 201, r.statusCode());
                    }
                    default -> pluginNamed(bsn).update(new ByteArrayInputStream(jar));
                }
                // Launches created while the plugin is being replaced: their events wait for the next version.
                created.add(createInLaunch(100 + created.size()));
                created.add(createInLaunch(100 + created.size()));
                awaitVersion(versions, v);
                // A version dropped as a new file runs next to the old one until it has proved to work; then the
                // old one's file goes. The upgrade is complete when only the new version is installed.
                Waiting.waitUntil("only " + v + " of " + bsn + " is installed", WAIT, () -> versionsInstalled(bsn).equals(List.of(v)));
            }
            created.add(createInLaunch(100 + created.size()));
            Waiting.waitUntil("every created launch is recorded by the integration", WAIT,
                    () -> recorded().size() >= created.size());
            List<Long> recorded = recorded();
            // Event Admin delivers asynchronously from the threads that posted, so the order across requests is its own;
            // the order the dispatcher keeps is checked by IntegrationDispatcherTest. Here: each exactly once.
            assertEquals("every created launch reached the integration exactly once", sorted(created), sorted(recorded));
            boolean inOrder = created.equals(recorded);
            // The count goes up just after the file is written.
            Waiting.waitUntil("the delivered count reaches " + created.size(), WAIT, () -> api().get("/api/plugins/"
                    + pluginNamed(bsn).getBundleId(), "viewer").json().path("integrations").path(0).path("delivered").asInt() >= created.size());
            JsonNode entry = api().get("/api/plugins/" + pluginNamed(bsn).getBundleId(), "viewer").json();
            JsonNode integration = entry.path("integrations").path(0);
            assertEquals(entry.toString(), "1.6.0", integration.path("pluginVersion").asText());
            assertEquals(entry.toString(), created.size(), integration.path("delivered").asInt());
            assertEquals(entry.toString(), 0, integration.path("failed").asInt());
            System.out.println("UpgradeGapIT: " + created.size() + " launch events across 6 upgrades of " + bsn
                    + ", each delivered once (in creation order: " + inOrder + "); delivered=" + integration.path("delivered").asInt());

            // A second plugin with the same integration id is refused, and says so among its errors.
            String other = "org.policyops.itests.recorder2";
            Path otherFile = TestPlugins.drop(TestPlugins.integrationPlugin(other, "1.0.0",
                    org.policyops.itests.plugins.RecordingIntegration.class), "recorder2-plugin.jar");
            try {
                String refusal = "refused: integration id " + org.policyops.itests.plugins.RecordingIntegration.ID
                        + " is already registered by " + bsn + " 1.6.0";
                Waiting.waitUntil("the duplicate is reported: " + refusal, WAIT, () -> {
                    Bundle b = findNamed(other);
                    return b != null && api().get("/api/plugins/" + b.getBundleId(), "viewer").json().path("errors")
                            .toString().contains(refusal);
                });
                int before = recorded().size();
                created.add(createInLaunch(100 + created.size()));
                Waiting.waitUntil("the new launch's event is recorded", WAIT, () -> recorded().size() > before);
                assertEquals("the event reached one of them only", sorted(created), sorted(recorded()));
            } finally {
                Files.deleteIfExists(otherFile);
            }
        } finally {
            bundleContext.removeServiceListener(integrations);
            deleteFilesOf(bsn);
            Files.deleteIfExists(TestPlugins.deployDir().resolve(file));
        }
    }

    private static List<Long> sorted(List<Long> ids) {
        List<Long> copy = new ArrayList<>(ids);
        Collections.sort(copy);
        return copy;
    }

    private static List<Long> recorded() throws java.io.IOException {
        java.nio.file.Path f = org.policyops.itests.plugins.RecordingIntegration.file();
        List<Long> ids = new ArrayList<>();
        if (Files.exists(f)) {
            for (String line : Files.readAllLines(f)) {
                if (!line.isBlank()) {
                    ids.add(Long.parseLong(line.split(" ")[0]));
                }
            }
        }
        return ids;
    }

    private static void awaitVersion(BlockingQueue<String> versions, String v) {
        Waiting.takeUntil("version " + v + " to register its integration", versions, v, WAIT);
    }

    private List<String> versionsInstalled(String bsn) {
        List<String> installed = new ArrayList<>();
        for (Bundle b : bundleContext.getBundles()) {
            if (bsn.equals(b.getSymbolicName()) && b.getState() != Bundle.UNINSTALLED) {
                installed.add(b.getVersion().toString());
            }
        }
        return installed;
    }

    private Bundle findNamed(String bsn) {
        for (Bundle b : bundleContext.getBundles()) {
            if (bsn.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    private Bundle pluginNamed(String bsn) {
        Bundle b = findNamed(bsn);
        if (b == null) {
            throw new AssertionError(bsn + " is not installed");
        }
        return b;
    }
}
