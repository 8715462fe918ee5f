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
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyops.core.rest.ProblemException;

class UploadTest {

    static byte[] jar(Map<String, String> headers) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach((k, v) -> m.getMainAttributes().putValue(k, v));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(out, m)) {
            jar.putNextEntry(new ZipEntry("com/example/Rule.class"));
            jar.write(new byte[] { 1, 2, 3 });
        }
        return out.toByteArray();
    }

    @Test
    void aPluginJarIsStoredUnderItsSymbolicName() throws IOException {
        Upload u = Upload.inspect(jar(Map.of("Bundle-SymbolicName", "com.example.eu;singleton:=true", "Bundle-Version", "1.2.0",
                "PolicyOps-Plugin", "EU pack")), null);
        assertFalse(u.kar());
        assertEquals("com.example.eu", u.symbolicName());
        assertEquals("1.2.0", u.version());
        assertEquals("com.example.eu.jar", u.fileName());
    }

    @Test
    void aJarWithoutThePluginHeaderIsRefusedNamingTheHeader() throws IOException {
        ProblemException e = assertThrows(ProblemException.class,
                () -> Upload.inspect(jar(Map.of("Bundle-SymbolicName", "com.example.lib")), null));
        assertEquals(400, e.status());
        assertEquals("body", e.errors().get(0).field());
        assertTrue(e.detail().contains("no PolicyOps-Plugin header"), e.detail());
    }

    @Test
    void aPlainJarAndNonZipBodiesAreRefused() throws IOException {
        assertTrue(assertThrows(ProblemException.class, () -> Upload.inspect(jar(Map.of()), null)).detail()
                .contains("Bundle-SymbolicName"));
        assertTrue(assertThrows(ProblemException.class, () -> Upload.inspect("hello".getBytes(StandardCharsets.UTF_8), null)).detail()
                .contains("not a zip"));
        assertEquals("body", assertThrows(ProblemException.class, () -> Upload.inspect(new byte[0], null)).errors().get(0).field());
    }

    @Test
    void fileNamesMustBePlain() throws IOException {
        byte[] plugin = jar(Map.of("Bundle-SymbolicName", "a", "PolicyOps-Plugin", "A"));
        assertEquals("filename", assertThrows(ProblemException.class, () -> Upload.inspect(plugin, "../etc/x.jar")).errors().get(0).field());
        assertEquals("filename", assertThrows(ProblemException.class, () -> Upload.inspect(plugin, "x.kar.sh")).errors().get(0).field());
        assertEquals("a-2.jar", Upload.inspect(plugin, "a-2.jar").fileName());
    }

    @Test
    void aKarIsRecognisedByItsRepository() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("repository/com/example/eu/1.0/eu-1.0-features.xml"));
            zip.write("<features/>".getBytes(StandardCharsets.UTF_8));
        }
        Upload u = Upload.inspect(out.toByteArray(), "eu-pack.kar");
        assertTrue(u.kar());
        assertEquals("eu-pack.kar", u.fileName());
    }

    @Test
    void storeMovesTheWholeFileIntoPlaceAndLeavesNoTemporaryFile(@TempDir Path base) throws IOException {
        Path deploy = base.resolve("deploy");
        Path target = deploy.resolve("a.jar");
        PluginDeployer.store(new byte[] { 'P', 'K', 3, 4 }, deploy, target);
        PluginDeployer.store(new byte[] { 'P', 'K', 3, 4, 5 }, deploy, target);
        assertEquals(5, Files.size(target));
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
