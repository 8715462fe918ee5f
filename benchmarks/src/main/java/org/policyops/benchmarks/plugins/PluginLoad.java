package org.policyops.benchmarks.plugins;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/**
 * A load program against a running PolicyOps distribution (not a JMH benchmark: what it measures is the whole
 * platform, fileinstall, Declarative Services and HTTP included). It measures:
 * <ol>
 * <li>a plugin file landing in deploy/ until its rule takes part in {@code GET /api/launches/{id}/readiness};</li>
 * <li>the same through {@code POST /api/plugins};</li>
 * <li>the readiness of one launch with 500 rules from 20 plugins.</li>
 * </ol>
 * Usage: {@code java -cp benchmarks/target/benchmarks.jar org.policyops.benchmarks.plugins.PluginLoad
 * <karaf-dir> <http-port> <admin-password> [launch-id]}. It removes every plugin it deployed.
 */
public final class PluginLoad {

    private static final String API_IMPORTS = "org.policyops.api;version=\"[1.0,2)\",org.policyops.api.compliance;version=\"[1.0,2)\"";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Path deploy;
    private final String base;
    private final String auth;
    private final HttpClient http = HttpClient.newHttpClient();

    private PluginLoad(Path karaf, int port, String password) {
        this.deploy = karaf.resolve("deploy");
        this.base = "http://localhost:" + port + "/api";
        this.auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: PluginLoad <karaf-dir> <http-port> <admin-password> [launch-id]");
            System.exit(2);
        }
        PluginLoad load = new PluginLoad(Paths.get(args[0]), Integer.parseInt(args[1]), args[2]);
        long launch = args.length > 3 ? Long.parseLong(args[3]) : load.firstLaunch();
        System.out.println("launch " + launch);
        load.deployFolder(launch, 20);
        load.restUpload(launch, 20);
        load.manyRules(launch, 20, 25, 50);
    }

    /** Drops a one-rule plugin into deploy/ and waits until readiness evaluates its rule; then deletes it. */
    private void deployFolder(long launch, int rounds) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            String bsn = "bench.deploy" + i;
            String rule = "bench.deploy" + i + ".rule";
            byte[] jar = plugin(bsn, List.of(rule));
            Path temp = Files.createTempFile(deploy.getParent(), ".bench-", ".part");
            Files.write(temp, jar);
            long start = System.nanoTime();
            Path file = Files.move(temp, deploy.resolve(bsn + ".jar"), StandardCopyOption.ATOMIC_MOVE);
            awaitRule(launch, rule, true);
            times.add((System.nanoTime() - start) / 1e6);
            Files.delete(file);
            awaitRule(launch, rule, false);
        }
        report("deploy/ file -> rule in readiness", times);
    }

    /** Uploads a one-rule plugin and waits until readiness evaluates its rule; then deletes it over REST. */
    private void restUpload(long launch, int rounds) throws Exception {
        List<Double> times = new ArrayList<>();
        List<Double> answered = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            String bsn = "bench.rest" + i;
            String rule = "bench.rest" + i + ".rule";
            long start = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/plugins")).header("Authorization", auth)
                    .header("Content-Type", "application/java-archive")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(plugin(bsn, List.of(rule)))).build(), HttpResponse.BodyHandlers.ofString());
            answered.add((System.nanoTime() - start) / 1e6);
            if (r.statusCode() != 201) {
                throw new IllegalStateException("upload answered " + r.statusCode() + ": " + r.body());
            }
            awaitRule(launch, rule, true);
            times.add((System.nanoTime() - start) / 1e6);
            String id = r.body().replaceAll("(?s).*?\"bundleId\":(\\d+).*", "$1");
            send("DELETE", "/plugins/" + id);
            awaitRule(launch, rule, false);
        }
        report("POST /api/plugins -> 201 answered", answered);
        report("POST /api/plugins -> rule in readiness", times);
    }

    /** Deploys plugins x rules, then times the readiness of the launch. */
    private void manyRules(long launch, int plugins, int rulesEach, int rounds) throws Exception {
        List<Path> files = new ArrayList<>();
        String last = null;
        for (int p = 0; p < plugins; p++) {
            List<String> ids = new ArrayList<>();
            for (int r = 0; r < rulesEach; r++) {
                ids.add(String.format(Locale.ROOT, "bench.p%02d.r%02d", p, r));
            }
            last = ids.get(ids.size() - 1);
            Path temp = Files.createTempFile(deploy.getParent(), ".bench-", ".part");
            Files.write(temp, plugin("bench.pack" + p, ids));
            files.add(Files.move(temp, deploy.resolve("bench.pack" + p + ".jar"), StandardCopyOption.ATOMIC_MOVE));
        }
        String lastRule = last;
        await(() -> countBench(launch) == plugins * rulesEach, "all " + plugins * rulesEach + " rules in readiness");
        for (int i = 0; i < 10; i++) {
            send("GET", "/launches/" + launch + "/readiness");
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            send("GET", "/launches/" + launch + "/readiness");
            times.add((System.nanoTime() - start) / 1e6);
        }
        report("readiness of launch " + launch + " (all regions) with " + plugins * rulesEach + " plugin rules", times);
        for (Path f : files) {
            Files.delete(f);
        }
        await(() -> !readiness(launch).contains("\"" + lastRule + "\""), "the load plugins removed");
    }

    private long countBench(long launch) throws Exception {
        String body = readiness(launch);
        // Rules count once per launch: look at the first region's section only by counting distinct ids.
        return java.util.regex.Pattern.compile("\"ruleId\":\"(bench\\.p\\d\\d\\.r\\d\\d)\"").matcher(body).results()
                .map(m -> m.group(1)).distinct().count();
    }

    private String readiness(long launch) throws Exception {
        return send("GET", "/launches/" + launch + "/readiness");
    }

    private void awaitRule(long launch, String rule, boolean present) throws Exception {
        await(() -> readiness(launch).contains("\"" + rule + "\"") == present, rule + (present ? " present" : " gone"));
    }

    private long firstLaunch() throws Exception {
        String body = send("GET", "/launches?limit=1");
        return Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
    }

    private String send(String method, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    interface Check {
        boolean holds() throws Exception;
    }

    private static void await(Check check, String what) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + ": not within " + WAIT);
            }
            Thread.sleep(10);
        }
    }

    private static void report(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        double median = sorted.get((sorted.size() - 1) / 2);
        double p90 = sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1);
        System.out.printf(Locale.ROOT, "%-75s n=%3d  min %7.1f  median %7.1f  p90 %7.1f  max %7.1f ms%n", what, sorted.size(),
                sorted.get(0), median, p90, sorted.get(sorted.size() - 1));
    }

    /** A plugin bundle with one SyntheticRule component per rule id. */
    static byte[] plugin(String symbolicName, List<String> ruleIds) throws IOException {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", symbolicName);
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Import-Package", API_IMPORTS);
        a.putValue("PolicyOps-Plugin", "Load test " + symbolicName);
        a.putValue("PolicyOps-Plugin-Region", "*");
        a.putValue("PolicyOps-Plugin-Team", "Benchmarks");
        a.putValue("Service-Component", "OSGI-INF/*.xml");
        String cls = SyntheticRule.class.getName();
        String path = cls.replace('.', '/') + ".class";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(out, m)) {
            jar.putNextEntry(new ZipEntry(path));
            try (InputStream in = PluginLoad.class.getClassLoader().getResourceAsStream(path)) {
                in.transferTo(jar);
            }
            for (String id : ruleIds) {
                jar.putNextEntry(new ZipEntry("OSGI-INF/" + id + ".xml"));
                jar.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"" + id + "\" immediate=\"true\" activate=\"activate\">\n"
                        + "  <implementation class=\"" + cls + "\"/>\n"
                        + "  <property name=\"ruleId\" type=\"String\" value=\"" + id + "\"/>\n"
                        + "  <service><provide interface=\"org.policyops.api.compliance.ComplianceRule\"/></service>\n"
                        + "</scr:component>\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
