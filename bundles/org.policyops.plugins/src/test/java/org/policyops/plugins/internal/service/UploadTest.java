package org.policyops.plugins.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.policyops.core.rest.ProblemException;

class UploadTest {

    static final Upload.Limits LIMITS = new Upload.Limits(new ZipScan.Limits(1 << 20, 4 << 20, 100), 8 * 1024, 200);

    static Upload inspect(byte[] body, String name) {
        return Upload.inspect(body, name, LIMITS);
    }

    /** The 400 problem's detail; fails when the upload is not refused with a 400 naming the field. */
    static String refused(String field, Executable upload) {
        ProblemException e = assertThrows(ProblemException.class, upload);
        assertEquals(400, e.status(), e.detail());
        assertEquals(field, e.errors().get(0).field(), e.detail());
        return e.detail();
    }

    @Test
    void aPluginJarIsStoredUnderItsSymbolicNameAndVersion() {
        Upload u = inspect(Archives.plugin("com.example.eu;singleton:=true", "1.2").bytes(), null);
        assertFalse(u.kar());
        assertEquals("com.example.eu", u.symbolicName());
        assertEquals("1.2.0", u.version());
        assertEquals("com.example.eu-1.2.0.jar", u.fileName());
        assertEquals(64, u.sha256().length());
    }

    @Test
    void aFileNameOtherThanTheOneTheJarIsStoredUnderIsRefused() {
        byte[] plugin = Archives.plugin("a", "2.0.0").bytes();
        assertEquals("a-2.0.0.jar", inspect(plugin, "a-2.0.0.jar").fileName());
        assertTrue(refused("filename", () -> inspect(plugin, "a.jar")).contains("a-2.0.0.jar"));
    }

    @Test
    void badFileNamesAreRefusedBeforeTheBodyIsRead() {
        byte[] plugin = Archives.plugin("a", "1.0.0").bytes();
        for (String name : List.of("x .jar", "con.jar\\..\\x.jar", "../etc/x.jar", "x.kar.sh", "/tmp/x.jar", "con.jar", ".jar",
                "x\u0000.jar", "x.jar\n", "a".repeat(130) + ".jar")) {
            refused("filename", () -> inspect(plugin, name));
        }
        refused("filename", () -> inspect(new byte[0], "x y.jar"));
    }

    @Test
    void aJarWithoutThePluginHeaderIsRefusedNamingTheHeader() {
        byte[] library = Archives.jar().manifest("Manifest-Version: 1.0\nBundle-ManifestVersion: 2\nBundle-SymbolicName: com.example.lib\n\n").bytes();
        assertTrue(refused("body", () -> inspect(library, null)).contains("no PolicyOps-Plugin header"));
    }

    @Test
    void bundlesThatAreNotPluginsAreRefused() {
        assertTrue(refused("body", () -> inspect(Archives.jar().manifest("Manifest-Version: 1.0\n\n").bytes(), null)).contains("Bundle-SymbolicName"));
        assertTrue(refused("body", () -> inspect(Archives.jar().manifest("Manifest-Version: 1.0\nBundle-SymbolicName: a\nPolicyOps-Plugin: A\n\n").bytes(), null))
                .contains("Bundle-ManifestVersion: 2"));
        assertTrue(refused("body", () -> inspect(Archives.plugin("a", "1.0.0", "Fragment-Host: org.policyops.launches").bytes(), null)).contains("fragment"));
        assertTrue(refused("body", () -> inspect(Archives.plugin("a", "1.0.0", "Export-Package: com.example.shared").bytes(), null)).contains("exports packages"));
        assertTrue(refused("body", () -> inspect(Archives.plugin("a", "one", "X: y").bytes(), null)).contains("not an OSGi version"));
        assertTrue(refused("body", () -> inspect(Archives.plugin("../a", "1.0.0").bytes(), null)).contains("not a valid symbolic name"));
    }

    @Test
    void aMissingManifestAndNonZipBodiesAreRefused() {
        assertTrue(refused("body", () -> inspect(Archives.jar().add("a.txt", "a").bytes(), null)).contains("without META-INF/MANIFEST.MF"));
        assertTrue(refused("body", () -> inspect("hello".getBytes(StandardCharsets.UTF_8), null)).contains("not a zip"));
        assertTrue(refused("body", () -> inspect(new byte[0], null)).contains("empty"));
        byte[] whole = Archives.plugin("a", "1.0.0").bytes();
        assertTrue(refused("body", () -> inspect(java.util.Arrays.copyOf(whole, whole.length - 30), null)).contains("central directory"));
    }

    @Test
    void aCompressionBombIsRefusedAfterReadingAtMostTheBound() throws IOException {
        byte[] bomb = Archives.bomb("com/example/Big.class", 200L << 20, null); // 200 MiB of 'a', about 200 KB zipped
        assertTrue(bomb.length < 400_000, "the bomb is small: " + bomb.length);
        assertTrue(refused("body", () -> inspect(bomb, null)).contains("inflates to more than 1048576 bytes"));
    }

    @Test
    void aManifestBombIsRefused() throws IOException {
        // The reported attack: a manifest of millions of repeated 'X-A: b' lines.
        StringBuilder lines = new StringBuilder("Manifest-Version: 1.0\n");
        lines.append("X-A: b\n".repeat(2000));
        byte[] repeated = Archives.jar().manifest(lines.toString()).bytes();
        assertTrue(refused("body", () -> inspect(repeated, null)).contains("bytes; at most 8192"));
        Upload.Limits roomy = new Upload.Limits(LIMITS.zip(), 1 << 20, 200);
        assertTrue(assertThrows(ProblemException.class, () -> Upload.inspect(repeated, null, roomy)).detail().contains("lines; at most 200"));
        byte[] duplicate = Archives.plugin("a", "1.0.0", "X-A: b", "X-A: c").bytes();
        assertTrue(refused("body", () -> inspect(duplicate, null)).contains("header X-A more than once"));
        byte[] huge = Archives.bomb("META-INF/MANIFEST.MF", 50L << 20, null);
        assertTrue(refused("body", () -> inspect(huge, null)).contains("inflates to more than"));
    }

    @Test
    void entryNamesThatLeaveTheFolderAreRefused() {
        for (String name : List.of("../../etc/passwd", "a/../../x", "/etc/x", "C:/x", "a\\..\\x", "a\u0001b")) {
            byte[] slip = Archives.plugin("a", "1.0.0").add(name, "x").bytes();
            assertTrue(refused("body", () -> inspect(slip, null)).contains(name.contains("\u0001") ? "control character" : "'"), name);
        }
    }

    @Test
    void tooManyEntriesAreRefused() {
        Archives many = Archives.plugin("a", "1.0.0");
        for (int i = 0; i < 100; i++) {
            many.add("e" + i, "x");
        }
        assertTrue(refused("body", () -> inspect(many.bytes(), null)).contains("at most 100"));
    }

    @Test
    void aKarOfPluginsIsAccepted() {
        byte[] plugin = Archives.plugin("com.example.eu", "1.0.0").bytes();
        byte[] kar = Archives.jar().manifest("Manifest-Version: 1.0\n\n")
                .add("repository/com/example/eu/1.0.0/eu-1.0.0.jar", plugin)
                .add("repository/com/example/eu/1.0.0/eu-1.0.0-features.xml", features("<bundle>mvn:com.example/eu/1.0.0</bundle>"))
                .bytes();
        Upload u = inspect(kar, "eu-pack.kar");
        assertTrue(u.kar());
        assertEquals("eu-pack.kar", u.fileName());
        assertEquals("com.example.eu", u.plugins().get(0).symbolicName());
        assertTrue(inspect(kar, null).fileName().matches("plugins-[0-9a-f]{12}\\.kar"));
    }

    @Test
    void aKarThatInstallsMoreThanPluginsIsRefused() {
        byte[] plugin = Archives.plugin("com.example.eu", "1.0.0").bytes();
        byte[] library = Archives.jar().manifest("Manifest-Version: 1.0\nBundle-ManifestVersion: 2\nBundle-SymbolicName: lib\n\n").bytes();
        String jar = "repository/com/example/eu/1.0.0/eu-1.0.0.jar";
        String xml = "repository/com/example/eu/1.0.0/eu-1.0.0-features.xml";
        String bundle = "<bundle>mvn:com.example/eu/1.0.0</bundle>";
        assertTrue(refused("body", () -> inspect(karOf(jar, plugin, xml, features(bundle)).add("resources/etc/users.properties", "x").bytes(), null))
                .contains("outside repository/"));
        assertTrue(refused("body", () -> inspect(karOf(jar, library, xml, features("<bundle>mvn:com.example/eu/1.0.0</bundle>")).bytes(), null))
                .contains("carries only plugins"));
        assertTrue(refused("body", () -> inspect(karOf(jar, plugin, xml, features(bundle + "<config name=\"org.apache.karaf.shell\">x=1</config>")).bytes(), null))
                .contains("<config>"));
        assertTrue(refused("body", () -> inspect(karOf(jar, plugin, xml, features(bundle + "<feature>webconsole</feature>")).bytes(), null))
                .contains("<feature>"));
        assertTrue(refused("body", () -> inspect(karOf(jar, plugin, xml, features("<bundle>mvn:org.apache/evil/1.0</bundle>")).bytes(), null))
                .contains("not a plugin jar in this kar"));
        assertTrue(refused("body", () -> inspect(karOf(jar, plugin, xml, "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><features>&e;</features>").bytes(), null))
                .contains("not a readable features file"));
        assertTrue(refused("body", () -> inspect(karOf(jar, plugin, xml, "<features><repository>mvn:x/y/1/xml/features</repository></features>").bytes(), null))
                .contains("<repository>"));
    }

    private static Archives karOf(String jarPath, byte[] jar, String xmlPath, String xml) {
        return Archives.jar().manifest("Manifest-Version: 1.0\n\n").add(jarPath, jar).add(xmlPath, xml);
    }

    private static String features(String content) {
        return "<features name=\"eu\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\"><feature name=\"eu\" version=\"1.0.0\">"
                + content + "</feature></features>";
    }

    @Test
    void aLocalHeaderThatDisagreesWithTheDirectoryIsRefused() throws IOException {
        byte[] good = Archives.plugin("a", "1.0.0").add("safe.txt", "x").bytes();
        // Rename the entry in its local header only: a reader of local headers would see another file than Felix.
        String text = new String(good, StandardCharsets.ISO_8859_1);
        int first = text.indexOf("safe.txt");
        byte[] forged = good.clone();
        System.arraycopy("evil.txt".getBytes(StandardCharsets.ISO_8859_1), 0, forged, first, 8);
        assertTrue(refused("body", () -> inspect(forged, null)).contains("local name differs"));
    }

    @Test
    void duplicateEntriesAreRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.write("Manifest-Version: 1.0\n\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("a"));
            zip.putNextEntry(new ZipEntry("b"));
        }
        byte[] bytes = out.toByteArray();
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        // Rename every "b" entry name (local and central) to "a".
        byte[] dup = text.replace("\u0000\u0000b", "\u0000\u0000a").getBytes(StandardCharsets.ISO_8859_1);
        ProblemException e = assertThrows(ProblemException.class, () -> inspect(dup, null));
        assertEquals(400, e.status());
    }

    @Test
    void rulesAndIntegrationsDeclaredInTheManifestAreRead() {
        Upload u = inspect(Archives.plugin("a", "1.0.0", "Provide-Capability: policyops.rule;id=\"eu.a\";severity=\"BLOCKER\";"
                + "regions:List<String>=\"EU,DE\",policyops.rule;id=\"eu.b\";severity=\"WARNING\",policyops.integration;id=\"ops\"").bytes(), null);
        assertEquals(List.of(new Upload.DeclaredRule("eu.a", "BLOCKER", List.of("EU", "DE")), new Upload.DeclaredRule("eu.b", "WARNING", List.of("*"))),
                u.declaredRules());
        assertEquals(List.of("ops"), u.declaredIntegrations());
        assertTrue(u.declaresRules());
        assertFalse(inspect(Archives.plugin("a", "1.0.0").bytes(), null).declaresRules());
    }

    @Test
    void storeMovesTheWholeFileIntoPlaceReadableByAllAndLeavesNoTemporaryFile(@TempDir Path base) throws IOException {
        Path deploy = base.resolve("deploy");
        Path target = deploy.resolve("a.jar");
        PluginDeployer.store(new byte[] { 'P', 'K', 3, 4 }, deploy, target);
        PluginDeployer.store(new byte[] { 'P', 'K', 3, 4, 5 }, deploy, target);
        assertEquals(5, Files.size(target));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        try (var files = Files.list(base)) {
            assertEquals(1, files.count(), "only deploy/ is left next to it");
        }
    }

    @Test
    void onlyFilesDirectlyInTheDeployFolderCount(@TempDir Path base) {
        DeployFolder folder = new DeployFolder(base.resolve("deploy"));
        assertEquals(base.resolve("deploy/a.jar"), folder.fileOf(base.resolve("deploy/a.jar").toUri().toString()).orElseThrow());
        assertTrue(folder.fileOf(base.resolve("other/a.jar").toUri().toString()).isEmpty());
        assertTrue(folder.fileOf("mvn:com.example/a/1.0").isEmpty());
    }
}
