package org.policyops.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import javax.ws.rs.core.SecurityContext;

import org.policyops.api.tooling.AdoptionInfo;
import org.policyops.core.events.EventPosters;
import org.policyops.core.rest.Roles;
import org.policyops.testing.Callers;
import org.policyops.testing.LocalJpa;
import org.policyops.tooling.internal.dto.PopulationRequest;
import org.policyops.tooling.internal.dto.ToolRequest;
import org.policyops.tooling.internal.dto.UsageBatch;
import org.policyops.tooling.internal.dto.UsageReport;
import org.policyops.tooling.internal.dto.UsageRow;
import org.policyops.tooling.internal.service.TargetPopulations;
import org.policyops.tooling.internal.service.ToolService;
import org.policyops.tooling.internal.service.ToolingUnit;
import org.policyops.tooling.internal.service.UsageService;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A load run of the tooling registry's usage and adoption at the size issue 13 names: 200 tools, 50,000 users in 10
 * regions, one year of daily usage (14,000 tool × user rows a day, popular tools used far more than others: 5.1 M
 * rows), on the embedded database the distribution runs (H2 in a file with the distribution's
 * {@code MODE=LEGACY;WRITE_DELAY=0}: every commit is on disk before it is acknowledged), through EclipseLink.
 * <p>
 * The year goes in as {@code POST /api/tooling/usage} takes it: batches of 10,000 rows as JSON, each read with Jackson
 * and stored by {@link UsageService#ingest} in one transaction; the run prints rows per second (building the JSON
 * is not counted). Then it times the adoption report (every tool × region, 7 and 28 days) and 52-week trends, after
 * warming up, and prints median, 95th percentile and maximum. A load tool rather than JMH: the year is loaded once
 * for all three figures (JMH would load it again for each benchmark method).
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar org.policyops.benchmarks.ToolingLoad [days]} (365 by default:
 * a few minutes on 2 cores; 30 for a quick look).
 */
public final class ToolingLoad {

    static final int TOOLS = 200;
    static final int USERS = 50_000;
    static final int ROWS_PER_DAY = 14_000;
    static final int BATCH = UsageService.MAX_BATCH;
    static final long SEED = 20261207L;
    static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final List<String> REGIONS = List.of("EU", "UK", "US", "BR", "IN", "ID", "JP", "AU", "MENA", "APAC");
    static final SecurityContext TOOLSMITH = Callers.as("toolsmith", Roles.TOOLING);

    private final int days;
    private final LocalJpa jpa;
    private final UsageService usage;
    private final ObjectMapper json = new ObjectMapper();

    private ToolingLoad(int days, LocalJpa jpa) {
        this.days = days;
        this.jpa = jpa;
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        this.usage = new UsageService(jpa, new TargetPopulations(null), clock);
        ToolService tools = new ToolService(jpa, EventPosters.none(), clock);
        for (int t = 0; t < TOOLS; t++) {
            tools.create(new ToolRequest(tool(t), "Tool " + t, "TOOL", null, List.of("ENFORCEMENT"), "Integrity Tooling", null,
                    List.of(), List.of(), List.of(), null, List.of()), TOOLSMITH);
            for (String region : REGIONS) {
                usage.setPopulation(tool(t), region, null, new PopulationRequest(null, null, null, (long) (USERS / REGIONS.size())),
                        TOOLSMITH);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 365;
        Path directory = Files.createTempDirectory("tooling-load");
        // The distribution's datasource URL (features.xml), on a file of this run.
        String url = "jdbc:h2:" + directory.resolve("policyops").toAbsolutePath() + ";MODE=LEGACY;WRITE_DELAY=0";
        System.out.printf("Tooling load: %d tools, %,d users, %d days of usage, H2 file %s, Java %s, %d cores, load %s%n", TOOLS,
                USERS, days, url, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), load());
        try (LocalJpa jpa = LocalJpa.named(ToolingUnit.NAME, "unused", Map.of("javax.persistence.jdbc.url", url))) {
            ToolingLoad load = new ToolingLoad(days, jpa);
            load.ingestTheYear();
            System.out.println("Load average after ingestion: " + load());
            load.queries();
            System.out.println("Load average at the end: " + load() + "; database file "
                    + Files.size(directory.resolve("policyops.mv.db")) / (1 << 20) + " MB");
        } finally {
            try (var files = Files.walk(directory)) {
                files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The machine's load averages (1, 5, 15 minutes), as /proc/loadavg has them; the figures depend on them. */
    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Sends the year as 10,000-row JSON batches; prints the ingestion rate, then that of a batch sent again. */
    private void ingestTheYear() throws IOException {
        Random random = new Random(SEED);
        List<UsageRow> rows = new ArrayList<>(BATCH);
        long rowsSent = 0;
        long nanos = 0;
        long slowest = 0;
        byte[] last = null;
        int first = (int) TODAY.toEpochDay() - days + 1;
        Set<Long> today = new HashSet<>();
        for (int day = first; day <= TODAY.toEpochDay(); day++) {
            String date = LocalDate.ofEpochDay(day).toString();
            today.clear();
            while (today.size() < ROWS_PER_DAY) {
                // Skewed: the share of tool t falls with t (tool-000 has about 7 % of the rows, tool-199 0.03 %).
                int t = (int) (TOOLS * Math.pow(random.nextDouble(), 2));
                int u = random.nextInt(USERS);
                if (today.add((long) t * USERS + u)) {
                    rows.add(new UsageRow(tool(t), user(u), REGIONS.get(u % REGIONS.size()), date, 1L + random.nextInt(80)));
                    if (rows.size() == BATCH) {
                        last = json.writeValueAsBytes(new UsageBatch(rows));
                        long took = send(last, BATCH, 0);
                        nanos += took;
                        slowest = Math.max(slowest, took);
                        rowsSent += BATCH;
                        rows.clear();
                        if (rowsSent % (100L * BATCH) == 0) {
                            System.out.printf("  %,d rows so far, %,.0f rows/s, load %s%n", rowsSent, rowsSent / (nanos / 1e9), load());
                        }
                    }
                }
            }
        }
        if (!rows.isEmpty()) {
            nanos += send(json.writeValueAsBytes(new UsageBatch(rows)), rows.size(), 0);
            rowsSent += rows.size();
        }
        System.out.printf("Ingestion: %,d usage rows in %,d batches of 10,000 (JSON read + one transaction each): %.1f s, "
                + "%,.0f rows/s (slowest batch %.0f ms)%n", rowsSent, (rowsSent + BATCH - 1) / BATCH, nanos / 1e9,
                rowsSent / (nanos / 1e9), slowest / 1e6);
        long again = 0;
        for (int i = 0; i < 5; i++) {
            again += send(last, BATCH, BATCH);
        }
        System.out.printf("Ingestion of a batch already stored (5 times, all rows unchanged): %,.0f rows/s%n",
                5.0 * BATCH / (again / 1e9));
    }

    /** Reads the JSON body and stores it, as the endpoint does; returns the nanoseconds it took. */
    private long send(byte[] body, int rows, int unchanged) {
        long started = System.nanoTime();
        UsageReport report;
        try {
            report = usage.ingest(json.readValue(body, UsageBatch.class).rows(), TOOLSMITH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long took = System.nanoTime() - started;
        if (report.received() != rows || report.unchanged() != unchanged) {
            throw new IllegalStateException("unexpected " + report);
        }
        return took;
    }

    private void queries() {
        List<AdoptionInfo> report = usage.adoption(TODAY);
        AdoptionInfo top = report.stream().filter(a -> a.toolKey().equals(tool(0)) && a.region().equals("EU")).findFirst()
                .orElseThrow();
        System.out.printf("The adoption report has %,d tool × region rows; %s in EU: %,d active in 7 days, %,d in 28 "
                + "(%.1f %% of %,d)%n", report.size(), top.toolKey(), top.active7(), top.active28(), 100 * top.adoption28(),
                top.targetPopulation());
        // Each run asks for another as-of day (the last 30 days, in turn): H2 hands back the cached result of a query
        // repeated with the same parameters on unchanged tables, which timed nothing (the figures before 2026-12-07 did).
        int[] turn = { 0 };
        Supplier<LocalDate> asOf = () -> TODAY.minusDays(turn[0]++ % 30);
        time("Adoption report (every tool × region, 7 and 28 days)", 3, 15, () -> usage.adoption(asOf.get()));
        Random pick = new Random(SEED + 1);
        time("Trend of one tool, 52 weeks, every region (a random tool)", 20, 100,
                () -> usage.trend(tool(pick.nextInt(TOOLS)), null, 52, asOf.get()).orElseThrow());
        time("Trend of the busiest tool (tool-000, 7 % of all rows), 52 weeks, every region", 5, 20,
                () -> usage.trend(tool(0), null, 52, asOf.get()).orElseThrow());
        time("Trend of one tool in one region, 52 weeks (a random tool and region)", 20, 100,
                () -> usage.trend(tool(pick.nextInt(TOOLS)), REGIONS.get(pick.nextInt(REGIONS.size())), 52, asOf.get()).orElseThrow());
    }

    /** Runs the query {@code warmup} times untimed, then {@code runs} times; prints median, 95th percentile, maximum. */
    private static void time(String what, int warmup, int runs, Supplier<?> query) {
        for (int i = 0; i < warmup; i++) {
            query.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%s: median %.1f ms, p95 %.1f ms, max %.1f ms (%d runs after %d warm-up)%n", what, ms[runs / 2],
                ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1], runs, warmup);
    }

    static String tool(int t) {
        return String.format("tool-%03d", t);
    }

    static String user(int u) {
        return REGIONS.get(u % REGIONS.size()).toLowerCase() + "-" + String.format("%05d", u);
    }
}
