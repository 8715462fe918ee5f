package org.policyops.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.policyops.testing.Waiting;

/**
 * Console commands run non-interactively against the distribution started as a process, the two ways
 * docs/operations/scripting.md shows: an SSH exec request authenticated by a key in {@code etc/keys.properties},
 * and {@code bin/client} from a script, whose standard input is not a terminal.
 */
public class ScriptingIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String PASSWORD = "scripting-" + UUID.randomUUID();

    private static KarafProcess karaf;
    private static KeyPair adminKey;

    @BeforeClass
    public static void start() throws Exception {
        karaf = KarafProcess.unpack();
        // As the page tells an administrator to do: the public key of a key pair, with the administrators' group.
        adminKey = rsaKeyPair();
        String blob = PublicKeyEntry.toString(adminKey.getPublic()).split(" ")[1];
        Files.writeString(karaf.home.resolve("etc/keys.properties"),
                System.lineSeparator() + "admin=" + blob + ",_g_:admingroup" + System.lineSeparator(),
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        karaf.start(Map.of("POLICYOPS_ADMIN_PASSWORD", PASSWORD));
        karaf.api().awaitHealthy(Duration.ofSeconds(180));
    }

    @AfterClass
    public static void stop() throws InterruptedException {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    public void sshExecWithAKeyPrintsTheRulesAndReportsFailures() throws Exception {
        Result rules = awaitAnswer(() -> ssh("policyops:rules"), r -> !r.out().contains("Command not found"));
        assertEquals(rules.toString(), 0, rules.exitStatus());
        String blocker = rules.out().lines().filter(line -> line.startsWith("platform.version-ready")).findFirst()
                .orElseThrow(() -> new AssertionError("no platform.version-ready row in:\n" + rules));
        assertTrue(blocker, blocker.matches("platform\\.version-ready\\s+\\|\\s+BLOCKER\\s+\\|\\s+all\\s+\\|.*"));
        assertTrue(rules.toString(), rules.out().lines().findFirst().orElse("").matches("Rule\\s+\\|\\s+Severity\\s+\\|.*"));

        // A script learns that a command failed from the exit status, and why from its output.
        Result missing = ssh("policyops:deps 999999");
        assertEquals(missing.toString(), 1, missing.exitStatus());
        assertTrue(missing.toString(), missing.out().contains("No initiative '999999' exists."));
    }

    @Test
    public void clientRunsACommandFromAScript() throws Exception {
        // Standard input from /dev/null, as in cron or CI; "-p" before "-u", the order Karaf's client used to
        // answer with "No more authentication methods available".
        Result plugins = awaitAnswer(() -> client("-p", PASSWORD, "-u", "admin", "policyops:plugins"),
                r -> !r.out().contains("Command not found"));
        assertEquals(plugins.toString(), 0, plugins.exitStatus());
        List<String> lines = plugins.out().lines().toList();
        assertEquals(plugins.toString(), 3, lines.size());
        assertTrue(plugins.toString(), lines.get(0).matches("Id\\s+\\|\\s+Plugin\\s+\\|\\s+Version\\s+\\|\\s+State\\s+\\|.*"));
        assertEquals("No plugin is installed.", lines.get(2));

        // The documented form that works on any Karaf 4.4: batch mode, the command on standard input.
        Result batch = client(List.of("policyops:plugins"), "-u", "admin", "-p", PASSWORD, "-b");
        assertEquals(batch.toString(), 0, batch.exitStatus());
        assertEquals(batch.toString(), lines, batch.out().lines().toList());
    }

    /** What a console command printed and its exit status. */
    record Result(int exitStatus, String out, String err) {
        @Override
        public String toString() {
            return "exit status " + exitStatus + ", output:\n" + out + "\nerrors:\n" + err;
        }
    }

    @FunctionalInterface
    interface Attempt {
        Result run() throws Exception;
    }

    /**
     * Health is green once the domains serve; the console commands' bundle may register its commands a moment
     * later. Retries while the answer is not yet the command's own, within a bound.
     */
    private static Result awaitAnswer(Attempt attempt, Predicate<Result> answered) {
        return Waiting.waitForAssert(TIMEOUT, () -> {
            Result r = attempt.run();
            if (!answered.test(r)) {
                throw new AssertionError("not the command's own answer yet: " + r);
            }
            return r;
        });
    }

    /** One SSH exec request as admin with the key pair from etc/keys.properties, as {@code ssh admin@... "command"}. */
    private static Result ssh(String command) throws IOException {
        try (SshClient client = SshClient.setUpDefaultClient()) {
            // A fresh distribution makes a new host key at its first connection; there is nothing to compare it to.
            client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
            client.start();
            try (ClientSession session = client.connect("admin", "127.0.0.1", karaf.sshPort).verify(TIMEOUT).getSession()) {
                session.addPublicKeyIdentity(adminKey);
                session.auth().verify(TIMEOUT);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                try (ChannelExec channel = session.createExecChannel(command)) {
                    channel.setOut(out);
                    channel.setErr(err);
                    channel.open().verify(TIMEOUT);
                    channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TIMEOUT);
                    Integer status = channel.getExitStatus();
                    assertTrue("no exit status within " + TIMEOUT + " for " + command, status != null);
                    return new Result(status, plain(out.toString(StandardCharsets.UTF_8)), plain(err.toString(StandardCharsets.UTF_8)));
                }
            }
        }
    }

    /** bin/client with the given arguments and standard input from /dev/null. */
    private static Result client(String... args) throws IOException, InterruptedException {
        return client(null, args);
    }

    /** bin/client with the given arguments; its standard input is the given lines, or /dev/null without them. */
    private static Result client(List<String> stdin, String... args) throws IOException, InterruptedException {
        // Output to files, so that a client that never ends cannot hold the test past the bound below.
        Path out = Files.createTempFile(karaf.home, "client", ".out");
        Path err = Files.createTempFile(karaf.home, "client", ".err");
        ProcessBuilder pb = new ProcessBuilder(karaf.home.resolve("bin/client").toString())
                .directory(karaf.home.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(stdin == null ? ProcessBuilder.Redirect.from(new File("/dev/null")) : ProcessBuilder.Redirect.PIPE);
        pb.command().addAll(List.of(args));
        Process process = pb.start();
        if (stdin != null) {
            try (var in = process.getOutputStream()) {
                in.write(String.join(System.lineSeparator(), stdin).concat(System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("bin/client did not finish within " + TIMEOUT + "; output so far:\n" + Files.readString(out));
        }
        return new Result(process.exitValue(), plain(Files.readString(out)), Files.readString(err));
    }

    /** The console colours its errors and matches; a script compares plain text. */
    private static String plain(String text) {
        return text.replaceAll("\u001B\\[[0-9;]*m", "").replace("\r", "");
    }

    private static KeyPair rsaKeyPair() throws GeneralSecurityException {
        // RSA: Karaf 4.4.9's SSH server refuses ed25519 keys (no verifier) and, in our tests, ECDSA keys.
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072);
        return generator.generateKeyPair();
    }
}
