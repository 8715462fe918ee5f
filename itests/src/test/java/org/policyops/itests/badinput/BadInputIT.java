package org.policyops.itests.badinput;

import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.policyops.itests.PolicyOpsTestSupport;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 11's permanent bad-input suite: every route the running distribution serves (as its JAX-RS runtime describes
 * them) gets several thousand malformed requests — broken percent-encoding, path junk and matrix parameters, odd
 * queries and paging, wrong JSON types, impossible numbers and dates, control characters, over-long text and lists,
 * broken JSON, wrong content types and charsets, oversized bodies, bad If-Match, wrong callers. No answer may be a
 * 5xx, every 4xx must be RFC 9457 problem+json naming the field or parameter at fault, nothing malformed may be
 * stored, the log may grow by less than 1 KB per refused request, and no anonymous request may log a stack trace.
 * A failure reports the failures grouped by class, with one sample request and answer per class.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BadInputIT extends PolicyOpsTestSupport {

    /** Parallel clients: few, so a 2-core machine serves them without queueing for long. */
    private static final int CLIENTS = 4;
    private static final long PHASE_BOUND_SECONDS = 300;
    private static final long LOG_BYTES_PER_REFUSAL = 1024;

    @Inject
    BundleContext bundleContext;

    @Inject
    JaxrsServiceRuntime runtime;

    /**
     * The distribution logs at INFO; so does this container, so the log bound holds for what users run. Login
     * throttling is off: the probes send a wrong admin password to every route on purpose, and would otherwise lock
     * the admin and the test's address out (PlatformIT tests the throttle).
     */
    @Override
    protected List<Option> extraOptions() {
        return List.of(editConfigurationFilePut("etc/org.ops4j.pax.logging.cfg", "log4j2.rootLogger.level", "INFO"),
                editConfigurationFilePut("etc/org.policyops.security.cfg", "maxFailedLoginsPerUser", "0"),
                editConfigurationFilePut("etc/org.policyops.security.cfg", "maxFailedLoginsPerAddress", "0"),
                // A fresh database writes the last month's and quarter's executive reports once every domain is ready,
                // and evaluates the launches' readiness to do so: records that would change by themselves mid-run.
                editConfigurationFilePut("etc/org.policyops.metrics.cfg", "reportMonthly", "false"),
                editConfigurationFilePut("etc/org.policyops.metrics.cfg", "reportQuarterly", "false"));
    }

    @Test
    public void noMalformedRequestGetsA5xxOrStoresAnythingAndEveryRefusalIsAProblem() throws Exception {
        api();
        long started = System.nanoTime();
        List<Route> routes = RouteCatalog.read(runtime, bundleContext);
        assertTrue("the runtime describes GET /api/health: " + routes,
                routes.stream().anyMatch(r -> r.toString().equals("GET /api/health")));
        assertTrue("the runtime describes routes that write: " + routes, routes.stream().anyMatch(Route::writes));

        RawHttp http = new RawHttp(httpPort());
        Samples samples = new Samples(http, Planner.ADMIN, routes);
        Planner planner = new Planner(samples, routes);
        List<Probe> probes = planner.plan();

        // Fields that change without a write — by time, or because a read evaluates and records something (a
        // launch's readiness) — show between two snapshots with every GET route read once in between.
        Snapshots snapshots = new Snapshots(samples);
        List<Snapshots.Subject> stored = subjects(samples, probes);
        Map<String, JsonNode> first = snapshots.take(stored);
        planner.reads().forEach(samples::fetch);
        Map<String, JsonNode> before = snapshots.take(stored);
        Set<String> changingByThemselves = Snapshots.volatileFields(first, before);

        KarafLog log = new KarafLog();
        KarafLog.Mark start = log.mark();
        Findings findings = new Findings();
        Runner runner = new Runner(http, samples, findings, CLIENTS);
        List<String> timings = new ArrayList<>();

        for (Probe.Phase phase : Probe.Phase.values()) {
            long phaseStart = System.nanoTime();
            KarafLog.Mark mark = log.mark();
            if (!runner.run(probes, phase, PHASE_BOUND_SECONDS)) {
                findings.failOther("phase " + phase + " did not finish within " + PHASE_BOUND_SECONDS + " s");
            }
            timings.add(phase + " " + (System.nanoTime() - phaseStart) / 1_000_000 + " ms");
            if (phase == Probe.Phase.ANONYMOUS) {
                List<String> traces = KarafLog.entriesWithStackTraces(log.since(mark));
                if (!traces.isEmpty()) {
                    findings.failOther("anonymous requests wrote " + traces.size() + " stack traces to karaf.log ("
                            + log.grownSince(mark) + " bytes in all), e.g. " + Probe.cut(traces.get(0), 400));
                }
            }
        }

        long grown = log.grownSince(start);
        int refused = findings.refused();
        if (refused > 0 && grown >= LOG_BYTES_PER_REFUSAL * refused) {
            findings.failOther("karaf.log grew by " + grown + " bytes for " + refused + " refused requests ("
                    + grown / refused + " bytes each; the bound is < " + LOG_BYTES_PER_REFUSAL + ")");
        }
        for (String difference : Snapshots.differences(before, snapshots.take(stored), changingByThemselves)) {
            findings.failOther("stored data changed: " + difference);
        }

        String summary = String.format("BadInputIT: %d routes, %d requests (%d refused), %d s; log grew %d bytes; phases %s;"
                + " compared %d lists and records, ignoring fields that change by themselves %s%n", routes.size(), findings.sent(),
                refused, (System.nanoTime() - started) / 1_000_000_000, grown, timings, stored.size(), changingByThemselves);
        Path report = Paths.get(System.getProperty("karaf.base"), "bad-input-report.txt");
        Files.write(report, (summary + findings.report(Integer.MAX_VALUE)).getBytes(StandardCharsets.UTF_8));
        System.out.println(summary);
        assertTrue(summary + "(full report: " + report + ")\n" + findings.report(80), findings.clean());
    }

    /** Logs that record refused requests by design (who uploaded what, refused uploads included): they must grow. */
    private static final Set<String> RECORDS_OF_REFUSALS = Set.of("/api/plugins/uploads");

    /** Every list route without path parameters (answering a list), and every record a write probe carries the ETag of. */
    private static List<Snapshots.Subject> subjects(Samples samples, List<Probe> probes) {
        List<Snapshots.Subject> subjects = new ArrayList<>();
        for (Route list : samples.listRoutes()) {
            if (RECORDS_OF_REFUSALS.contains(list.template())) {
                continue;
            }
            JsonNode answer = Samples.json(samples.get(list.template()));
            if (list.producesJson() && answer != null && (answer.isArray() || answer.path("items").isArray())) {
                subjects.add(new Snapshots.Subject(list.template(), list.queryParams().contains("limit") && list.queryParams().contains("offset")));
            }
        }
        Set<String> records = new LinkedHashSet<>();
        for (Probe p : probes) {
            if (p.currentETagOf != null) {
                records.add(p.currentETagOf);
            }
        }
        records.forEach(r -> subjects.add(new Snapshots.Subject(r, false)));
        return subjects;
    }
}
