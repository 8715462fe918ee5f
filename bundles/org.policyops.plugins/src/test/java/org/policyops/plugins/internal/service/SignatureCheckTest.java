package org.policyops.plugins.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyops.core.rest.ProblemException;

/** Signs jars with the JDK's own keytool and jarsigner, as a plugin team would, and checks them. */
class SignatureCheckTest {

    @TempDir
    static Path dir;
    static Path truststore;
    static byte[] unsigned;
    static byte[] signed;
    static byte[] signedByStranger;

    @BeforeAll
    static void keysAndJars() throws Exception {
        key("team", "CN=Policy EMEA");
        key("stranger", "CN=Somebody else");
        tool("keytool", "-exportcert", "-rfc", "-alias", "team", "-keystore", dir.resolve("team.p12").toString(), "-storepass", "secret",
                "-file", dir.resolve("team.pem").toString());
        truststore = dir.resolve("signers.p12");
        tool("keytool", "-importcert", "-noprompt", "-alias", "team", "-file", dir.resolve("team.pem").toString(),
                "-keystore", truststore.toString(), "-storetype", "PKCS12", "-storepass", "trusted");
        unsigned = Archives.plugin("com.example.eu", "1.0.0").add("com/example/Other.class", new byte[] { 4, 5, 6 }).bytes();
        signed = sign(unsigned, "team");
        signedByStranger = sign(unsigned, "stranger");
    }

    private static void key(String alias, String dname) throws Exception {
        tool("keytool", "-genkeypair", "-alias", alias, "-keyalg", "EC", "-dname", dname, "-validity", "3650",
                "-keystore", dir.resolve(alias + ".p12").toString(), "-storetype", "PKCS12", "-storepass", "secret", "-keypass", "secret");
    }

    private static byte[] sign(byte[] jar, String alias) throws Exception {
        Path file = dir.resolve(alias + "-" + System.nanoTime() + ".jar");
        Files.write(file, jar);
        tool("jarsigner", "-keystore", dir.resolve(alias + ".p12").toString(), "-storepass", "secret", file.toString(), alias);
        return Files.readAllBytes(file);
    }

    private static void tool(String name, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", name).toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), name + " failed: " + out);
    }

    private static SignatureCheck check(String policy) {
        return SignatureCheck.of(policy, truststore.toString(), "trusted", "PKCS12");
    }

    @Test
    void aJarSignedByATrustedSignerPasses() {
        SignatureCheck.Result r = check("require").check(List.of(signed));
        assertEquals("trusted", r.status(), r.detail());
        assertTrue(r.detail().contains("Policy EMEA"), r.detail());
    }

    @Test
    void unsignedAndUntrustedJarsAreRecordedUnderWarnAndRefusedUnderRequire() {
        assertEquals("unsigned", check("warn").check(List.of(unsigned)).status());
        SignatureCheck.Result stranger = check("warn").check(List.of(signedByStranger));
        assertEquals("untrusted", stranger.status());
        assertTrue(stranger.detail().contains("Somebody else"), stranger.detail());
        ProblemException e = assertThrows(ProblemException.class, () -> check("require").check(List.of(unsigned)));
        assertEquals(400, e.status());
        assertTrue(e.detail().contains("unsigned") && e.detail().contains("signaturePolicy = require"), e.detail());
        assertTrue(assertThrows(ProblemException.class, () -> check("require").check(List.of(signedByStranger))).detail().contains("untrusted"));
        assertTrue(assertThrows(ProblemException.class, () -> check("require").check(List.of(signed, unsigned))).detail().contains("unsigned"),
                "a kar with one unsigned plugin is refused");
    }

    @Test
    void withThePolicyOffNothingIsCheckedAndNoTruststoreIsNeeded() {
        assertEquals("unchecked", SignatureCheck.of("off", "", null, null).check(List.of(unsigned)).status());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SignatureCheck.of("require", "", null, null)).getMessage().contains("truststore"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SignatureCheck.of("sometimes", "", null, null)).getMessage().contains("off, warn or require"));
    }

    @Test
    void aSignedJarChangedAfterSigningIsRefusedWhateverThePolicy() throws IOException {
        byte[] tampered = rewrite(signed, "com/example/Rule.class", new byte[] { 9, 9, 9 });
        assertTrue(assertThrows(ProblemException.class, () -> check("warn").check(List.of(tampered))).detail().contains("does not match"));
        byte[] added = rewrite(signed, "com/example/Added.class", new byte[] { 1 });
        assertEquals("untrusted", check("warn").check(List.of(added)).status());
    }

    /** The jar with one entry replaced (or added), everything else, signature files included, as it was. */
    private static byte[] rewrite(byte[] jar, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean replaced = false;
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(jar)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(name)) {
                    zip.write(content);
                    replaced = true;
                } else {
                    in.transferTo(zip);
                }
            }
            if (!replaced) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(content);
            }
        }
        return out.toByteArray();
    }
}
