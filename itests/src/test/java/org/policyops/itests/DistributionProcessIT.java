package org.policyops.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs the distribution as an administrator would, as a process of its own: the first start creates the
 * administrator, every acknowledged write survives a crash of the JVM (kill -9), and a restart keeps all data.
 * Prints the start-up time and memory it measures.
 */
public class DistributionProcessIT {

    private Process karaf;

    @After
    public void stop() throws InterruptedException {
        if (karaf != null && karaf.isAlive()) {
            karaf.descendants().forEach(ProcessHandle::destroy);
            karaf.destroy();
            karaf.waitFor(60, TimeUnit.SECONDS);
            karaf.descendants().forEach(ProcessHandle::destroyForcibly);
            karaf.destroyForcibly();
        }
    }

    @Test
    public void acknowledgedWritesSurviveKillMinus9AndRestart() throws Exception {
        Path home = unpack();
        int port = configurePorts(home);
        Api api = new Api(port);

        long t0 = System.nanoTime();
        start(home, Map.of());
        api.awaitHealthy(Duration.ofSeconds(120));
        long startMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        System.out.printf("MEASURED start -> first 200 on /api/health: %d ms; RSS after boot: %s%n", startMillis, rss());

        // The first start created the administrator with a random password, readable by its owner only.
        Path passwordFile = home.resolve("data/initial-admin-password");
        assertTrue(Files.isRegularFile(passwordFile));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)));
        String password = Files.readString(passwordFile).trim();
        assertTrue(password.length() >= 20);
        String admin = Api.basic("admin", password);
        assertEquals(200, get(api, "/api/planning/policies", admin).status());
        assertFalse("the password must not be stored in clear",
                Files.readString(home.resolve("etc/users.properties")).contains(password));
        int policiesBefore = get(api, "/api/planning/policies", admin).json().path("total").asInt();

        // Writes, each acknowledged, then a crash right after the last acknowledgement.
        String key = "crash-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, send(api, "POST", "/api/planning/policies", admin, PlatformIT.policy(key)).status());
        String versions = "/api/planning/policies/" + key + "/versions";
        assertEquals(201, send(api, "POST", versions, admin, Map.of("version", "2.0.0", "summary", "Crash-tested")).status());
        assertEquals(200, send(api, "POST", versions + "/2.0.0/transitions", admin, Map.of("stage", "TESTING")).status());
        Map<String, Object> initiative = new HashMap<>(PlanningApiIT.initiative("Survives a crash", "BR", "2031-Q4"));
        Api.Response created = send(api, "POST", "/api/planning/initiatives", admin, initiative);
        assertEquals(201, created.status());
        long initiativeId = created.json().path("id").asLong();
        Api.Response lastWrite = send(api, "POST", versions + "/2.0.0/transitions", admin, Map.of("stage", "TRAINING"));
        assertEquals(200, lastWrite.status());
        killMinus9();

        start(home, Map.of());
        api.awaitHealthy(Duration.ofSeconds(120));
        JsonNode version = get(api, versions + "/2.0.0", admin).json();
        assertEquals("TRAINING", version.path("stage").asText());
        assertEquals(3, version.path("transitions").size());
        assertEquals("Survives a crash", get(api, "/api/planning/initiatives/" + initiativeId, admin).json().path("title").asText());
        assertEquals("sample data is loaded once only", policiesBefore + 1,
                get(api, "/api/planning/policies", admin).json().path("total").asInt());
        assertEquals("the administrator is created once only", password, Files.readString(passwordFile).trim());
        assertEquals(200, get(api, "/api/planning/policies", admin).status());
    }

    @Test
    public void theAdministratorPasswordCanComeFromTheEnvironment() throws Exception {
        Path home = unpack();
        Api api = new Api(configurePorts(home));
        String password = "env-" + UUID.randomUUID();
        start(home, Map.of("POLICYOPS_ADMIN_PASSWORD", password));
        api.awaitHealthy(Duration.ofSeconds(120));
        assertEquals(200, get(api, "/api/planning/policies", Api.basic("admin", password)).status());
        assertFalse(Files.exists(home.resolve("data/initial-admin-password")));
    }

    private static Api.Response get(Api api, String path, String authorization) {
        return api.send("GET", path, null, null, null, Map.of("Authorization", authorization));
    }

    private static Api.Response send(Api api, String method, String path, String authorization, Object body) {
        return api.send(method, path, null, "application/json", Api.json(body), Map.of("Authorization", authorization));
    }

    private static Path unpack() throws IOException, InterruptedException {
        String distribution = System.getProperty("policyops.distribution");
        Path target = Paths.get("target", "process", UUID.randomUUID().toString()).toAbsolutePath();
        Files.createDirectories(target);
        Process tar = new ProcessBuilder("tar", "xzf", distribution, "-C", target.toString()).inheritIO().start();
        assertEquals("tar exit code", 0, tar.waitFor());
        try (var entries = Files.list(target)) {
            return entries.findFirst().orElseThrow();
        }
    }

    /** Moves every listening port off its default so the test runs beside anything else; returns the HTTP port. */
    private static int configurePorts(Path home) throws IOException {
        int http = freePort();
        setProperty(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", Integer.toString(http));
        setProperty(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", Integer.toString(freePort()));
        setProperty(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", Integer.toString(freePort()));
        setProperty(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", Integer.toString(freePort()));
        return http;
    }

    private static void setProperty(Path file, String key, String value) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String replaced = text.replaceAll("(?m)^" + java.util.regex.Pattern.quote(key) + "\\s*=.*$", key + " = " + value);
        if (replaced.equals(text) && !text.contains(key + " = " + value)) {
            replaced = text + System.lineSeparator() + key + " = " + value + System.lineSeparator();
        }
        Files.writeString(file, replaced, StandardCharsets.UTF_8);
    }

    private void start(Path home, Map<String, String> env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.out").toFile()));
        pb.environment().remove("POLICYOPS_ADMIN_PASSWORD");
        pb.environment().putAll(env);
        karaf = pb.start();
    }

    /** SIGKILL to the Karaf JVM: no shutdown hook, no flush, as in a crash. */
    private void killMinus9() throws InterruptedException {
        List<ProcessHandle> jvms = karaf.descendants().toList();
        for (ProcessHandle jvm : jvms) {
            jvm.destroyForcibly();
        }
        karaf.destroyForcibly();
        assertTrue("Karaf did not die", karaf.waitFor(30, TimeUnit.SECONDS));
        for (ProcessHandle jvm : jvms) {
            jvm.onExit().join();
        }
    }

    private String rss() throws IOException {
        for (ProcessHandle p : List.copyOf(karaf.descendants().toList())) {
            if (p.info().command().orElse("").endsWith("java")) {
                return status(p.pid());
            }
        }
        return status(karaf.pid());
    }

    private static String status(long pid) throws IOException {
        File file = new File("/proc/" + pid + "/status");
        if (!file.exists()) {
            return "unknown";
        }
        for (String line : Files.readAllLines(file.toPath())) {
            if (line.startsWith("VmRSS:")) {
                return line.substring(6).trim();
            }
        }
        return "unknown";
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
