package org.policyops.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.policyops.itests.plugins.ThrowingRule;
import org.policyops.itests.plugins.VersionedRule;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Trust and safety of plugin uploads in a running container: hostile archives and file names are refused at once
 * with a problem naming the fault and nothing stored; uploads are named after their version, readable by all, with
 * their checksum and uploader shown; a broken upgrade is rolled back to the version that worked; a dry run tells what
 * an upgrade would change and installs nothing; signatures are checked when the configuration asks for it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PluginTrustIT extends PolicyOpsTestSupport {

    static final String BSN = "org.policyops.itests.trusted";

    @Inject
    BundleContext bundleContext;

    @Inject
    ConfigurationAdmin configAdmin;

    @Inject
    SessionFactory sessionFactory;

    private final List<String> toRemove = new ArrayList<>();

    @After
    public void removeWhatWasDeployed() throws Exception {
        for (JsonNode p : plugins()) {
            if (toRemove.contains(p.path("symbolicName").asText())) {
                api().delete("/api/plugins/" + p.path("bundleId").asLong(), "admin", "*");
            }
        }
    }

    @Test
    public void hostileUploadsAreRefusedAtOnceNamingTheFaultAndNothingIsStored() throws Exception {
        api();
        Set<String> before = deployFiles();
        // The reported attack: 306 KB whose manifest inflates to 200 MB of 'X-A: b' lines.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            byte[] lines = "X-A: b\n".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
            zip.write("Manifest-Version: 1.0\n".getBytes(StandardCharsets.US_ASCII));
            for (long written = 0; written < 200L << 20; written += lines.length) {
                zip.write(lines);
            }
        }
        assertTrue("the bomb is small: " + out.size(), out.size() < 1_000_000);
        assertRefused(upload(out.toByteArray(), "admin", null), "body", "inflates to more than");

        byte[] slip = zip("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nBundle-ManifestVersion: 2\nBundle-SymbolicName: x\nPolicyOps-Plugin: X\n\n",
                "../../etc/users.properties", "admin = x,_g_:admingroup\n");
        assertRefused(upload(slip, "admin", null), "body", "zip-slip");
        assertRefused(upload(zip("a.txt", "no manifest"), "admin", null), "body", "without META-INF/MANIFEST.MF");
        assertRefused(upload(PluginsIT.UploadLike.withoutPluginHeader(), "admin", null), "body", "no PolicyOps-Plugin header");
        byte[] plugin = TestPlugins.plugin(BSN, "1.0.0", TestPlugins.API_IMPORTS, Map.of());
        byte[] kar = zip("repository/x/y/1.0/y-1.0.jar", plugin, "resources/etc/users.properties", "admin = x".getBytes(StandardCharsets.UTF_8));
        assertRefused(upload(kar, "admin", "x.kar"), "body", "outside repository/");
        // The reported file names: one with a space got no answer, one with backslashes a 500.
        assertRefused(upload(plugin, "admin", "x%20.jar"), "filename", "plain file name");
        assertRefused(upload(plugin, "admin", "con.jar%5C..%5Cx.jar"), "filename", "plain file name");
        assertRefused(upload(plugin, "admin", "other.jar"), "filename", BSN + "-1.0.0.jar");
        String raw = rawRequest("POST /api/plugins?filename=x .jar HTTP/1.1");
        assertTrue("a raw space in the request line is answered, with a 400: " + raw, raw.startsWith("HTTP/1.1 400"));
        assertEquals("nothing was stored in deploy/", before, deployFiles());
        JsonNode uploads = api().get("/api/plugins/uploads?limit=20", "viewer").json().path("items");
        assertTrue(uploads.toString(), uploads.toString().contains("\"outcome\":\"refused\""));
    }

    @Test
    public void uploadsAreNamedAfterTheirVersionReadableByAllAndShowChecksumAndUploader() throws Exception {
        toRemove.add(BSN);
        byte[] v1 = TestPlugins.plugin(BSN, "1.0.0", TestPlugins.API_IMPORTS, Map.of(), VersionedRule.class);
        byte[] v2 = TestPlugins.plugin(BSN, "1.2.0", TestPlugins.API_IMPORTS, Map.of(), VersionedRule.class);
        HttpResponse<String> first = upload(v1, "admin", null);
        assertEquals(first.body(), 201, first.statusCode());
        Path file1 = TestPlugins.deployDir().resolve(BSN + "-1.0.0.jar");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file1)));

        HttpResponse<String> second = upload(v2, "admin", null);
        assertEquals(second.body(), 201, second.statusCode());
        JsonNode upgraded = Api.JSON.readTree(second.body());
        Path file2 = TestPlugins.deployDir().resolve(BSN + "-1.2.0.jar");
        assertEquals("the file says which version it holds", file2.getFileName().toString(), upgraded.path("deployedFile").asText());
        assertFalse(Files.exists(file1));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file2)));
        JsonNode listed = plugin(BSN).orElseThrow();
        assertEquals("1.2.0", listed.path("version").asText());
        assertEquals(sha256(v2), listed.path("sha256").asText());
        assertEquals("admin", listed.path("uploaded").path("user").asText());
        assertEquals("upgraded", listed.path("uploaded").path("outcome").asText());
        assertEquals("unchecked", listed.path("uploaded").path("signature").asText());
        assertFalse(listed.path("uploaded").path("at").asText().isEmpty());

        // /api/plugins is a paged list like every other.
        Api.Response page = api().get("/api/plugins?limit=1&sort=-bundleId", "viewer");
        assertEquals(page.toString(), 200, page.status());
        assertEquals(1, page.json().path("items").size());
        assertTrue(Integer.parseInt(page.header("X-Total-Count")) >= 1);
        assertTrue(page.headerValues("Link").toString(), page.headerValues("Link").toString().contains("rel=\"first\""));
        assertEquals(400, api().get("/api/plugins?sort=colour", "viewer").status());
    }

    @Test
    public void aBrokenUpgradeIsRolledBackToTheVersionThatWorked() throws Exception {
        toRemove.addAll(List.of(BSN, "org.policyops.itests.squatter"));
        byte[] v1 = TestPlugins.plugin(BSN, "1.0.0", TestPlugins.API_IMPORTS, Map.of(), VersionedRule.class);
        HttpResponse<String> first = upload(v1, "admin", null);
        assertEquals(first.body(), 201, first.statusCode());
        long bundleId = Api.JSON.readTree(first.body()).path("bundleId").asLong();

        // 2.0.0 imports a package nothing exports: it cannot resolve.
        byte[] unresolvable = TestPlugins.plugin(BSN, "2.0.0", TestPlugins.API_IMPORTS + ",com.example.missing;version=\"[1.0,2)\"",
                Map.of(), VersionedRule.class);
        HttpResponse<String> refused = upload(unresolvable, "admin", null);
        assertEquals(refused.body(), 422, refused.statusCode());
        JsonNode problem = Api.JSON.readTree(refused.body());
        assertEquals("1.0.0", problem.path("rolledBackTo").asText());
        assertTrue(problem.toString(), problem.path("reasons").toString().contains("com.example.missing"));
        assertStillVersion1(bundleId);
        JsonNode listed = plugin(BSN).orElseThrow();
        JsonNode failed = listed.path("failedUpgrades").path(0);
        assertEquals("2.0.0", failed.path("version").asText());
        assertEquals("rolled-back", failed.path("outcome").asText());
        assertTrue(failed.toString(), failed.path("reasons").toString().contains("needs package com.example.missing [1.0.0,2.0.0), which nothing installed exports"));

        // 2.1.0 resolves but its second rule's id is taken by another plugin: the runtime refuses it.
        byte[] squatter = TestPlugins.plugin("org.policyops.itests.squatter", "1.0.0", TestPlugins.API_IMPORTS, Map.of(), ThrowingRule.class);
        assertEquals(201, upload(squatter, "admin", null).statusCode());
        byte[] clashing = TestPlugins.plugin(BSN, "2.1.0", TestPlugins.API_IMPORTS, Map.of(), VersionedRule.class, ThrowingRule.class);
        HttpResponse<String> clash = upload(clashing, "admin", null);
        assertEquals(clash.body(), 422, clash.statusCode());
        assertTrue(clash.body(), clash.body().contains("refused by the compliance runtime"));
        assertStillVersion1(bundleId);

        // Removal is explicit.
        assertEquals(204, api().delete("/api/plugins/" + bundleId, "admin", "*").status());
        assertTrue(plugin(BSN).isEmpty());
    }

    @Test
    public void aBrokenJarMovedOverAWorkingOneInDeployIsRolledBackToTheLastGoodCopy() throws Exception {
        String bsn = "org.policyops.itests.dropped";
        toRemove.add(bsn);
        Path good = Path.of(System.getProperty("karaf.data"), "policyops", "plugins", "last-good", bsn, "dropped.jar");
        Files.deleteIfExists(good);
        Path file = TestPlugins.drop(TestPlugins.plugin(bsn, "1.0.0", TestPlugins.API_IMPORTS, Map.of(), VersionedRule.class), "dropped.jar");
        await("1.0.0 runs and is kept as good", () -> Files.isRegularFile(good)
                && plugin(bsn).map(p -> "ACTIVE".equals(p.path("state").asText())).orElse(false));
        long bundleId = plugin(bsn).orElseThrow().path("bundleId").asLong();
        // An administrator moves a 2.0.0 that cannot resolve over the file; fileinstall updates the bundle in place.
        TestPlugins.drop(TestPlugins.plugin(bsn, "2.0.0", TestPlugins.API_IMPORTS + ",com.example.missing", Map.of(), VersionedRule.class),
                "dropped.jar");
        await("the failed 2.0.0 is recorded", () -> plugin(bsn).map(p -> p.path("failedUpgrades").toString().contains("com.example.missing"))
                .orElse(false));
        await("1.0.0 is back, active", () -> plugin(bsn).map(p -> "1.0.0".equals(p.path("version").asText())
                && "ACTIVE".equals(p.path("state").asText())).orElse(false));
        JsonNode listed = plugin(bsn).orElseThrow();
        assertEquals(bundleId, listed.path("bundleId").asLong());
        assertEquals("deploy/", listed.path("failedUpgrades").path(0).path("user").asText());
        assertEquals(sha256(Files.readAllBytes(good)), listed.path("sha256").asText());
        Files.deleteIfExists(file);
        await("it is gone", () -> plugin(bsn).isEmpty());
    }

    private void assertStillVersion1(long bundleId) throws Exception {
        JsonNode listed = plugin(BSN).orElseThrow();
        assertEquals("the version that worked never stopped", bundleId, listed.path("bundleId").asLong());
        assertEquals("1.0.0", listed.path("version").asText());
        assertEquals("ACTIVE", listed.path("state").asText());
        assertEquals(Set.of(BSN + "-1.0.0.jar"), deployFiles().stream().filter(f -> f.startsWith(BSN)).collect(Collectors.toSet()));
        assertEquals(1, plugins().stream().filter(p -> BSN.equals(p.path("symbolicName").asText())).count());
    }

    @Test
    public void aDryRunTellsWhatAnUpgradeWouldChangeAndInstallsNothing() throws Exception {
        toRemove.add(BSN);
        Map<String, String> declares1 = Map.of("Provide-Capability",
                "policyops.rule;id=\"" + VersionedRule.ID + "\";severity=\"INFO\"");
        HttpResponse<String> first = upload(TestPlugins.plugin(BSN, "1.0.0", TestPlugins.API_IMPORTS, declares1, VersionedRule.class), "admin", null);
        assertEquals(first.body(), 201, first.statusCode());
        Set<String> before = deployFiles();
        String declares2 = "policyops.rule;id=\"" + VersionedRule.ID + "\";severity=\"BLOCKER\";regions:List<String>=\"EU\","
                + "policyops.rule;id=\"test.new\";severity=\"WARNING\",policyops.integration;id=\"audit\"";
        byte[] v2 = TestPlugins.plugin(BSN, "2.0.0", TestPlugins.API_IMPORTS + ",com.example.missing", Map.of("Provide-Capability", declares2),
                VersionedRule.class);
        HttpResponse<String> dry = post("/api/plugins?dryRun=true", v2, "admin");
        assertEquals(dry.body(), 200, dry.statusCode());
        JsonNode change = Api.JSON.readTree(dry.body()).path("plugins").path(0);
        assertEquals("upgrade", change.path("action").asText());
        assertEquals("1.0.0", change.path("installedVersion").asText());
        assertEquals("test.new", change.path("rulesAdded").path(0).path("id").asText());
        JsonNode changed = change.path("rulesChanged").path(0);
        assertEquals(VersionedRule.ID, changed.path("id").asText());
        assertEquals("INFO", changed.path("previousSeverity").asText());
        assertEquals("BLOCKER", changed.path("severity").asText());
        assertEquals("[\"EU\"]", changed.path("regions").toString());
        assertEquals("[\"audit\"]", change.path("integrationsAdded").toString());
        assertTrue(change.toString(), change.path("unresolved").toString().contains("com.example.missing"));
        assertEquals(before, deployFiles());
        assertEquals("1.0.0", plugin(BSN).orElseThrow().path("version").asText());
        assertRefused(post("/api/plugins?dryRun=true", zip("a.txt", "x"), "admin"), "body", "without META-INF/MANIFEST.MF");
        assertEquals(403, post("/api/plugins?dryRun=true", v2, "viewer").statusCode());

        // The same from the console, with the file on disk.
        Path file = Files.createTempFile(TestPlugins.deployDir().getParent(), "dry-", ".jar");
        try {
            Files.write(file, v2);
            String printed = console("policyops:plugin-dry-run " + file);
            assertTrue(printed, printed.contains(BSN + " 2.0.0: upgrade (installed now: 1.0.0)"));
            assertTrue(printed, printed.contains("test.new") && printed.contains("INFO -> BLOCKER") && printed.contains("com.example.missing"));
        } finally {
            Files.deleteIfExists(file);
        }
        assertEquals(before, deployFiles());
    }

    @Test
    public void signaturesAreCheckedAgainstTheConfiguredTruststore() throws Exception {
        toRemove.add(BSN);
        Path keys = Files.createTempDirectory(TestPlugins.deployDir().getParent(), "keys-");
        tool("keytool", "-genkeypair", "-alias", "team", "-keyalg", "EC", "-dname", "CN=Itests", "-validity", "30",
                "-keystore", keys.resolve("team.p12").toString(), "-storetype", "PKCS12", "-storepass", "secret", "-keypass", "secret");
        tool("keytool", "-exportcert", "-rfc", "-alias", "team", "-keystore", keys.resolve("team.p12").toString(), "-storepass", "secret",
                "-file", keys.resolve("team.pem").toString());
        tool("keytool", "-importcert", "-noprompt", "-alias", "team", "-file", keys.resolve("team.pem").toString(),
                "-keystore", keys.resolve("signers.p12").toString(), "-storetype", "PKCS12", "-storepass", "trusted");
        byte[] unsigned = TestPlugins.plugin(BSN, "1.0.0", TestPlugins.API_IMPORTS, Map.of(), VersionedRule.class);
        Path jar = keys.resolve("signed.jar");
        Files.write(jar, TestPlugins.plugin(BSN, "1.1.0", TestPlugins.API_IMPORTS, Map.of(), VersionedRule.class));
        tool("jarsigner", "-keystore", keys.resolve("team.p12").toString(), "-storepass", "secret", jar.toString(), "team");
        byte[] signed = Files.readAllBytes(jar);

        Configuration config = configAdmin.getConfiguration("org.policyops.plugins", null);
        Dictionary<String, Object> original = config.getProperties();
        try {
            config.update(settings(original, "require", keys.resolve("signers.p12").toString()));
            await("the signature policy applies", () -> post("/api/plugins?dryRun=true", unsigned, "admin").statusCode() == 400);
            Set<String> before = deployFiles();
            assertRefused(upload(unsigned, "admin", null), "body", "signaturePolicy = require");
            assertEquals(before, deployFiles());
            HttpResponse<String> accepted = upload(signed, "admin", null);
            assertEquals(accepted.body(), 201, accepted.statusCode());
            assertEquals("trusted", plugin(BSN).orElseThrow().path("uploaded").path("signature").asText());
        } finally {
            if (original == null) {
                config.delete();
            } else {
                config.update(original);
            }
        }
        await("signatures are no longer required", () -> post("/api/plugins?dryRun=true", unsigned, "admin").statusCode() == 200);
    }

    private static Dictionary<String, Object> settings(Dictionary<String, Object> original, String policy, String truststore) {
        Dictionary<String, Object> d = new Hashtable<>();
        if (original != null) {
            for (String k : java.util.Collections.list(original.keys())) {
                d.put(k, original.get(k));
            }
        }
        d.put("signaturePolicy", policy);
        d.put("truststore", truststore);
        d.put("truststorePassword", "trusted");
        return d;
    }

    private static void tool(String name, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", name).toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(name + " failed: " + out, 0, p.waitFor());
    }

    private static void assertRefused(HttpResponse<String> r, String field, String text) {
        assertEquals(r.body(), 400, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse(""), r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(r.body(), r.body().contains("\"field\":\"" + field + "\""));
        assertTrue(r.body(), r.body().contains(text));
    }

    private static Set<String> deployFiles() throws IOException {
        try (Stream<Path> files = Files.list(TestPlugins.deployDir())) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static byte[] zip(String name, String content) throws IOException {
        return zip(name, content.getBytes(StandardCharsets.UTF_8), null, null);
    }

    private static byte[] zip(String name, String content, String name2, String content2) throws IOException {
        return zip(name, content.getBytes(StandardCharsets.UTF_8), name2, content2.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] zip(String name, byte[] content, String name2, byte[] content2) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            if (name2 != null) {
                zip.putNextEntry(new ZipEntry(name2));
                zip.write(content2);
            }
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private List<JsonNode> plugins() throws Exception {
        Api.Response r = api().get("/api/plugins?limit=500", "viewer");
        assertEquals(r.toString(), 200, r.status());
        List<JsonNode> all = new ArrayList<>();
        r.json().path("items").forEach(all::add);
        return all;
    }

    private Optional<JsonNode> plugin(String symbolicName) throws Exception {
        return plugins().stream().filter(p -> symbolicName.equals(p.path("symbolicName").asText())).findFirst();
    }

    private HttpResponse<String> upload(byte[] jar, String user, String filename) throws Exception {
        return post("/api/plugins" + (filename == null ? "" : "?filename=" + filename), jar, user);
    }

    private HttpResponse<String> post(String path, byte[] body, String user) throws Exception {
        api();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", Api.basic(user, Api.password(user)))
                .header("Content-Type", "application/java-archive")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a request line as written (HttpClient refuses a raw space) and returns the first line of the answer. */
    private static String rawRequest(String requestLine) throws IOException {
        try (Socket socket = new Socket("localhost", httpPort())) {
            socket.setSoTimeout(30_000); // a bound on a hang, not a figure under test
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: localhost\r\nAuthorization: " + Api.basic("admin", Api.password("admin"))
                    + "\r\nContent-Type: application/java-archive\r\nContent-Length: 4\r\nConnection: close\r\n\r\nPK\u0003\u0004")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
                line.write(c);
            }
            return line.toString(StandardCharsets.ISO_8859_1).trim();
        }
    }

    private String console(String command) throws Exception {
        return TestPlugins.console(sessionFactory, command);
    }

    private static void await(String what, Callable<Boolean> condition) throws Exception {
        TestPlugins.await(what, condition);
    }
}
