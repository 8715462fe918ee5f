package org.policyops.itests.badinput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Sends the probes of one phase from a small fixed pool of threads. Probes that carry the current ETag of a record
 * run one after another per record, so a write the server wrongly accepts (which changes the ETag) does not turn the
 * record's other probes into mere 412s: the ETag is read again after every 2xx.
 */
final class Runner {

    private final RawHttp http;
    private final Samples samples;
    private final Findings findings;
    private final int threads;

    Runner(RawHttp http, Samples samples, Findings findings, int threads) {
        this.http = http;
        this.samples = samples;
        this.findings = findings;
        this.threads = threads;
    }

    /** Runs the phase's probes; returns false if they did not finish within the bound. */
    boolean run(List<Probe> probes, Probe.Phase phase, long timeoutSeconds) throws InterruptedException {
        Map<String, List<Probe>> groups = new LinkedHashMap<>();
        int solo = 0;
        for (Probe p : probes) {
            if (p.phase == phase) {
                String key = p.currentETagOf != null ? "record " + p.currentETagOf : "probe " + solo++;
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (List<Probe> group : groups.values()) {
                pool.execute(() -> runGroup(group));
            }
            pool.shutdown();
            return pool.awaitTermination(timeoutSeconds, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    private void runGroup(List<Probe> group) {
        String record = group.get(0).currentETagOf;
        String eTag = record == null ? null : samples.fetch(record).header("etag");
        for (Probe p : group) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            RawHttp.Answer answer = http.send(p.request(eTag));
            findings.check(p, answer);
            if (record != null && answer.status() >= 200 && answer.status() < 300) {
                eTag = samples.fetch(record).header("etag");
            }
        }
    }
}
