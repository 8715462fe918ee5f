package org.policyops.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The PolicyOps distribution unpacked into target/ and run as a process of its own, as an administrator runs it:
 * {@code bin/karaf server}, on free ports, with a controlled environment.
 */
final class KarafProcess implements AutoCloseable {

    final Path home;
    final int httpPort;
    final int sshPort;
    private Process process;

    private KarafProcess(Path home, int httpPort, int sshPort) {
        this.home = home;
        this.httpPort = httpPort;
        this.sshPort = sshPort;
    }

    /** Unpacks a fresh copy of the distribution this build made and moves every port off its default. */
    static KarafProcess unpack() throws IOException, InterruptedException {
        String distribution = System.getProperty("policyops.distribution");
        Path target = Paths.get("target", "process", UUID.randomUUID().toString()).toAbsolutePath();
        Files.createDirectories(target);
        Process tar = new ProcessBuilder("tar", "xzf", distribution, "-C", target.toString()).inheritIO().start();
        assertEquals("tar exit code", 0, tar.waitFor());
        Path home;
        try (var entries = Files.list(target)) {
            home = entries.findFirst().orElseThrow();
        }
        int http = freePort();
        int ssh = freePort();
        setProperty(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", Integer.toString(http));
        setProperty(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", Integer.toString(ssh));
        setProperty(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", Integer.toString(freePort()));
        setProperty(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", Integer.toString(freePort()));
        return new KarafProcess(home, http, ssh);
    }

    Api api() {
        return new Api(httpPort);
    }

    /** Replaces the whole content of a file under the installation, e.g. a .cfg. */
    void write(String relativePath, String content) throws IOException {
        Files.writeString(home.resolve(relativePath), content, StandardCharsets.UTF_8);
    }

    void start(Map<String, String> env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.out").toFile()));
        pb.environment().remove("POLICYOPS_ADMIN_PASSWORD");
        pb.environment().putAll(env);
        process = pb.start();
    }

    /**
     * Runs a console command over SSH with Karaf's own client ({@code bin/client}) and waits for it. The client prints
     * nothing on this machine (see STACK.md), so the caller checks the command's effect, not its output.
     */
    void console(String user, String password, String command) throws IOException, InterruptedException {
        Process client = new ProcessBuilder(home.resolve("bin/client").toString(), "-a", Integer.toString(sshPort),
                "-u", user, "-p", password, command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("client.out").toFile()))
                .start();
        assertTrue("bin/client did not finish: " + command, client.waitFor(60, TimeUnit.SECONDS));
        assertEquals("bin/client exit code for " + command, 0, client.exitValue());
    }

    /** SIGKILL to the Karaf JVM: no shutdown hook, no flush, as in a crash. */
    void killMinus9() throws InterruptedException {
        List<ProcessHandle> jvms = process.descendants().toList();
        for (ProcessHandle jvm : jvms) {
            jvm.destroyForcibly();
        }
        process.destroyForcibly();
        assertTrue("Karaf did not die", process.waitFor(30, TimeUnit.SECONDS));
        for (ProcessHandle jvm : jvms) {
            jvm.onExit().join();
        }
    }

    /** The resident memory of the Karaf JVM, as /proc reports it. */
    String rss() throws IOException {
        for (ProcessHandle p : process.descendants().toList()) {
            if (p.info().command().orElse("").endsWith("java")) {
                return vmRss(p.pid());
            }
        }
        return vmRss(process.pid());
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process.waitFor(60, TimeUnit.SECONDS);
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static String vmRss(long pid) throws IOException {
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

    private static void setProperty(Path file, String key, String value) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String replaced = text.replaceAll("(?m)^" + Pattern.quote(key) + "\\s*=.*$", key + " = " + value);
        if (replaced.equals(text) && !text.contains(key + " = " + value)) {
            replaced = text + System.lineSeparator() + key + " = " + value + System.lineSeparator();
        }
        Files.writeString(file, replaced, StandardCharsets.UTF_8);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
