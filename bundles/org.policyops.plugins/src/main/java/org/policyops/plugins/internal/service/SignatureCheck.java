package org.policyops.plugins.internal.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathValidator;
import java.security.cert.Certificate;
import java.security.cert.PKIXParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;

import org.policyops.core.rest.ProblemException;

/**
 * Checks that a plugin jar is signed ({@code jarsigner}) by a signer the truststore trusts: every entry outside
 * {@code META-INF/} must be signed, the signature must match the content, and the signer's certificate chain must
 * lead to a certificate in the truststore (PKIX, no revocation check). The policy says what an unsigned or
 * untrusted jar gets: {@code off} (not checked), {@code warn} (stored, the upload record and the log say so) or
 * {@code require} (refused with 400).
 */
final class SignatureCheck {

    enum Policy {
        OFF, WARN, REQUIRE;

        static Policy of(String text) {
            try {
                return valueOf(text == null ? "OFF" : text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("signaturePolicy must be off, warn or require (was '" + text + "')", e);
            }
        }
    }

    /** What the check found: {@code unchecked}, {@code trusted}, {@code unsigned} or {@code untrusted}, and why. */
    record Result(String status, String detail) {
        boolean trusted() {
            return status.equals("trusted") || status.equals("unchecked");
        }
    }

    private final Policy policy;
    private final KeyStore truststore;

    SignatureCheck(Policy policy, KeyStore truststore) {
        this.policy = policy;
        this.truststore = truststore;
    }

    /** Loads the truststore the configuration names; none is needed with the policy off. */
    static SignatureCheck of(String policy, String truststorePath, String password, String type) {
        Policy p = Policy.of(policy);
        if (p == Policy.OFF) {
            return new SignatureCheck(p, null);
        }
        if (truststorePath == null || truststorePath.isBlank()) {
            throw new IllegalArgumentException("signaturePolicy " + p.name().toLowerCase(Locale.ROOT) + " needs a truststore (truststore = etc/...)");
        }
        Path path = Path.of(truststorePath.trim());
        if (!path.isAbsolute()) {
            path = Path.of(System.getProperty("karaf.base", ".")).resolve(path);
        }
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore ks = KeyStore.getInstance(type == null || type.isBlank() ? "PKCS12" : type.trim());
            ks.load(in, password == null ? null : password.toCharArray());
            return new SignatureCheck(p, ks);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the plugin truststore " + path + ": " + e.getMessage(), e);
        }
    }

    Policy policy() {
        return policy;
    }

    /**
     * Checks each jar (the upload, or each plugin of a kar); the worst finding counts.
     *
     * @throws ProblemException 400 when the policy requires a trusted signature and one jar lacks it, or when a
     *         signature does not match the content (whatever the policy)
     */
    Result check(List<byte[]> jars) {
        if (policy == Policy.OFF) {
            return new Result("unchecked", "signatures are not checked (signaturePolicy = off)");
        }
        Result worst = null;
        for (byte[] jar : jars) {
            Result r = verify(jar);
            if (!r.trusted() && policy == Policy.REQUIRE) {
                throw ProblemException.badRequest("body", "the plugin is " + r.status() + ": " + r.detail()
                        + "; this platform requires plugins signed by a signer in its truststore (signaturePolicy = require)");
            }
            if (worst == null || (worst.trusted() && !r.trusted())) {
                worst = r;
            }
        }
        return worst == null ? new Result("unsigned", "nothing to check") : worst;
    }

    Result verify(byte[] jar) {
        List<CodeSigner[]> signers = new ArrayList<>();
        String unsigned = null;
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar), true)) {
            byte[] buffer = new byte[8192];
            for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                while (in.read(buffer) >= 0) {
                    // reading the whole entry is what makes JarInputStream check its digest
                }
                if (e.isDirectory() || e.getName().startsWith("META-INF/")) {
                    continue;
                }
                CodeSigner[] s = e.getCodeSigners();
                if (s == null || s.length == 0) {
                    unsigned = unsigned == null ? e.getName() : unsigned;
                } else {
                    signers.add(s);
                }
            }
        } catch (SecurityException e) {
            throw ProblemException.badRequest("body", "the jar's signature does not match its content (" + e.getMessage() + "): it was changed after signing");
        } catch (IOException e) {
            throw ProblemException.badRequest("body", "the jar cannot be read for its signature: " + e.getMessage());
        }
        if (signers.isEmpty()) {
            return new Result("unsigned", "the jar is not signed");
        }
        if (unsigned != null) {
            return new Result("untrusted", "the entry " + unsigned + " is not signed (entries were added after signing)");
        }
        String lastReason = "no signer's certificate leads to the truststore";
        for (CodeSigner[] entrySigners : signers) {
            boolean trusted = false;
            for (CodeSigner s : entrySigners) {
                String reason = trustProblem(s);
                if (reason == null) {
                    trusted = true;
                    break;
                }
                lastReason = reason;
            }
            if (!trusted) {
                return new Result("untrusted", lastReason);
            }
        }
        return new Result("trusted", "signed by " + subject(signers.get(0)[0]));
    }

    /** Null when the signer's chain is trusted, else why not. */
    private String trustProblem(CodeSigner signer) {
        try {
            for (Certificate c : signer.getSignerCertPath().getCertificates()) {
                if (truststore.getCertificateAlias(c) != null) {
                    ((java.security.cert.X509Certificate) c).checkValidity();
                    return null; // the signer (or an issuer in its chain) is itself in the truststore
                }
            }
            PKIXParameters parameters = new PKIXParameters(truststore);
            parameters.setRevocationEnabled(false);
            CertPathValidator.getInstance("PKIX").validate(signer.getSignerCertPath(), parameters);
            return null;
        } catch (GeneralSecurityException | RuntimeException e) {
            return "signed by " + subject(signer) + ", which the truststore does not trust (" + e.getMessage() + ")";
        }
    }

    private static String subject(CodeSigner signer) {
        Certificate c = signer.getSignerCertPath().getCertificates().get(0);
        return c instanceof java.security.cert.X509Certificate x ? x.getSubjectX500Principal().getName() : c.getType();
    }
}
