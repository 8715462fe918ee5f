package org.policyops.benchmarks.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Karaf archive unpacked into a fresh folder, on free ports, started with {@code bin/karaf server} as an
 * administrator starts it (its {@code bin/setenv} included), and deleted again on close.
 */
final class Installation implements AutoCloseable {

    private final Path folder;
    private final Path home;
    private final int httpPort;
    private Process process;

    private Installation(Path folder, Path home, int httpPort) {
        this.folder = folder;
        this.home = home;
        this.httpPort = httpPort;
    }

    static Installation unpack(Path archive) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("platform-load");
        Process tar = new ProcessBuilder("tar", "xzf", archive.toString(), "-C", folder.toString()).inheritIO().start();
        if (tar.waitFor() != 0) {
            throw new IOException("tar could not unpack " + archive);
        }
        Path home;
        try (Stream<Path> entries = Files.list(folder)) {
            home = entries.findFirst().orElseThrow();
        }
        int http = PlatformLoad.freePort();
        Installation installation = new Installation(folder, home, http);
        Path web = home.resolve("etc/org.ops4j.pax.web.cfg");
        if (Files.exists(web)) {
            installation.edit("etc/org.ops4j.pax.web.cfg", "(?m)^org\\.osgi\\.service\\.http\\.port\\s*=.*$",
                    "org.osgi.service.http.port = " + http);
        } else {
            // Stock Karaf writes this file when its http feature is first installed, and keeps one already there.
            Files.writeString(web, "org.osgi.service.http.port = " + http + "\n", StandardCharsets.UTF_8);
        }
        installation.edit("etc/org.apache.karaf.shell.cfg", "(?m)^sshPort\\s*=.*$", "sshPort = " + PlatformLoad.freePort());
        installation.edit("etc/org.apache.karaf.management.cfg", "(?m)^rmiRegistryPort\\s*=.*$",
                "rmiRegistryPort = " + PlatformLoad.freePort());
        installation.edit("etc/org.apache.karaf.management.cfg", "(?m)^rmiServerPort\\s*=.*$",
                "rmiServerPort = " + PlatformLoad.freePort());
        return installation;
    }

    /** Replaces the first match of a regular expression in a file of the installation; the file must have it. */
    void edit(String relativePath, String regex, String replacement) throws IOException {
        Path file = home.resolve(relativePath);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no match for " + regex + " in " + file);
        }
        Files.writeString(file, m.replaceFirst(replacement), StandardCharsets.UTF_8);
    }

    String url(String path) {
        return "http://127.0.0.1:" + httpPort + path;
    }

    void start(Map<String, String> env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.out").toFile()));
        pb.environment().remove("POLICYOPS_ADMIN_PASSWORD");
        pb.environment().putAll(env);
        process = pb.start();
    }

    /** A clean shutdown (SIGTERM, as {@code bin/stop} or a service manager sends), waited for. */
    void stop() throws InterruptedException {
        List<ProcessHandle> jvms = process.descendants().toList();
        jvms.forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            jvms.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        for (ProcessHandle jvm : jvms) {
            jvm.onExit().join();
        }
    }

    private long jvm() {
        long pid = process.pid();
        for (ProcessHandle p : process.descendants().toList()) {
            if (p.info().command().orElse("").endsWith("java")) {
                pid = p.pid();
            }
        }
        return pid;
    }

    /**
     * The heap and metaspace lines of {@code jcmd <pid> GC.heap_info} (the JDK's own tool, next to the java that runs
     * this), or why they are not there.
     */
    String heap() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return "(no jcmd in " + jcmd.getParent() + ")";
        }
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(jvm()), "GC.heap_info").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        StringBuilder lines = new StringBuilder();
        for (String line : out.split("\n")) {
            String t = line.trim();
            if (t.contains("heap") && t.contains("total") || t.startsWith("Metaspace")) {
                lines.append(lines.length() == 0 ? "" : "; ").append(t.replaceAll("\\s+", " "));
            }
        }
        return lines.toString();
    }

    /** The resident memory of the Karaf JVM, from /proc, in MB. */
    String rss() throws IOException {
        long pid = jvm();
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                long kb = Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
                return String.format("%d MB", Math.round(kb / 1024.0));
            }
        }
        return "unknown";
    }

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            stop();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
