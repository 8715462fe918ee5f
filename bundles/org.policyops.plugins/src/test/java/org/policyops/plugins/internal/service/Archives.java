package org.policyops.plugins.internal.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds archives for the upload checks, well-formed and malicious, in memory. */
final class Archives {

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    static Archives jar() {
        return new Archives();
    }

    /** A plugin jar with the given headers on top of a minimal valid plugin manifest. */
    static Archives plugin(String bsn, String version, String... extraHeaders) {
        StringBuilder m = new StringBuilder("Manifest-Version: 1.0\r\nBundle-ManifestVersion: 2\r\nBundle-SymbolicName: ")
                .append(bsn).append("\r\nBundle-Version: ").append(version).append("\r\nPolicyOps-Plugin: Test pack\r\n");
        for (String h : extraHeaders) {
            m.append(h).append("\r\n");
        }
        return new Archives().manifest(m.append("\r\n").toString()).add("com/example/Rule.class", new byte[] { 1, 2, 3 });
    }

    Archives manifest(String text) {
        return add("META-INF/MANIFEST.MF", text.getBytes(StandardCharsets.UTF_8));
    }

    Archives add(String name, byte[] content) {
        entries.put(name, content);
        return this;
    }

    Archives add(String name, String content) {
        return add(name, content.getBytes(StandardCharsets.UTF_8));
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** A zip with one deflated entry of the given size made of one repeated byte: tiny on disk, huge inflated. */
    static byte[] bomb(String name, long size, String manifestFirst) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            if (manifestFirst != null) {
                zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
                zip.write(manifestFirst.getBytes(StandardCharsets.UTF_8));
            }
            zip.putNextEntry(new ZipEntry(name));
            byte[] chunk = new byte[1 << 16];
            java.util.Arrays.fill(chunk, (byte) 'a');
            for (long written = 0; written < size; written += chunk.length) {
                zip.write(chunk, 0, (int) Math.min(chunk.length, size - written));
            }
        }
        return out.toByteArray();
    }
}
