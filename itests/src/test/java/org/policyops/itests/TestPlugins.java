package org.policyops.itests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/**
 * Builds small plugin bundles inside the container from rule classes of this test module, with a hand-written
 * manifest and Declarative Services descriptor, and copies plugins into deploy/.
 */
final class TestPlugins {

    static final String API_IMPORTS = "org.policyops.api;version=\"[1.0,2)\",org.policyops.api.compliance;version=\"[1.0,2)\","
            + "org.osgi.framework;version=\"[1.8,2)\"";

    private TestPlugins() {
    }

    /**
     * A plugin bundle registering one ComplianceRule service per class.
     *
     * @param imports the Import-Package header (e.g. {@link #API_IMPORTS})
     */
    static byte[] plugin(String symbolicName, String version, String imports, Map<String, String> extraHeaders, Class<?>... rules)
            throws IOException {
        return plugin(symbolicName, version, imports, extraHeaders, "org.policyops.api.compliance.ComplianceRule", rules);
    }

    /** A plugin bundle registering one Integration service (the class, with a DS descriptor naming it). */
    static byte[] integrationPlugin(String symbolicName, String version, Class<?> integration) throws IOException {
        return plugin(symbolicName, version, API_IMPORTS, Map.of(), "org.policyops.api.compliance.Integration", integration);
    }

    /** A plugin bundle with one immediate DS component per class, each providing {@code service}. */
    private static byte[] plugin(String symbolicName, String version, String imports, Map<String, String> extraHeaders,
            String service, Class<?>... classes) throws IOException {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", symbolicName);
        a.putValue("Bundle-Version", version);
        a.putValue("Import-Package", imports);
        a.putValue("PolicyOps-Plugin", "Test plugin " + symbolicName);
        a.putValue("PolicyOps-Plugin-Region", "*");
        a.putValue("PolicyOps-Plugin-Team", "Itests");
        StringBuilder components = new StringBuilder();
        for (Class<?> c : classes) {
            components.append(components.length() == 0 ? "" : ",").append("OSGI-INF/").append(c.getSimpleName()).append(".xml");
        }
        if (classes.length > 0) {
            a.putValue("Service-Component", components.toString());
        }
        extraHeaders.forEach(a::putValue);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(out, m)) {
            for (Class<?> c : classes) {
                String path = c.getName().replace('.', '/') + ".class";
                jar.putNextEntry(new ZipEntry(path));
                try (InputStream in = TestPlugins.class.getClassLoader().getResourceAsStream(path)) {
                    in.transferTo(jar);
                }
                jar.putNextEntry(new ZipEntry("OSGI-INF/" + c.getSimpleName() + ".xml"));
                jar.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"" + c.getName() + "\" immediate=\"true\">\n"
                        + "  <implementation class=\"" + c.getName() + "\"/>\n"
                        + "  <service><provide interface=\"" + service + "\"/></service>\n"
                        + "</scr:component>\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    /**
     * A kar (Karaf archive) holding one bundle as {@code mvn:<groupId>/<artifactId>/<version>} and a features
     * repository with one feature that installs it; Karaf's kar deployer installs the feature.
     */
    static byte[] kar(String groupId, String artifactId, String version, String feature, byte[] bundle) throws IOException {
        String dir = "repository/" + groupId.replace('.', '/') + "/" + artifactId + "/" + version + "/";
        String features = "<features name=\"" + artifactId + "-" + version + "\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">\n"
                + "  <feature name=\"" + feature + "\" version=\"" + version + "\">\n"
                + "    <bundle>mvn:" + groupId + "/" + artifactId + "/" + version + "</bundle>\n"
                + "  </feature>\n</features>\n";
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarOutputStream kar = new JarOutputStream(out, m)) {
            kar.putNextEntry(new ZipEntry(dir + artifactId + "-" + version + ".jar"));
            kar.write(bundle);
            kar.putNextEntry(new ZipEntry(dir + artifactId + "-" + version + "-features.xml"));
            kar.write(features.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    static Path deployDir() {
        return Paths.get(System.getProperty("karaf.base"), "deploy");
    }

    /** Puts a file into deploy/ whole: written next to it, then moved in, as an operator's script should. */
    static Path drop(Path source, String name) throws IOException {
        Path temp = Files.createTempFile(deployDir().getParent(), ".drop-", ".part");
        Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
        return Files.move(temp, deployDir().resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static Path drop(byte[] content, String name) throws IOException {
        Path temp = Files.createTempFile(deployDir().getParent(), ".drop-", ".part");
        Files.write(temp, content);
        return Files.move(temp, deployDir().resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** A jar built by this reactor, named by a system property the test configuration passes into the container. */
    static Path artifact(String property) {
        String value = System.getProperty(property);
        if (value == null || !Files.isRegularFile(Paths.get(value))) {
            throw new IllegalStateException("System property " + property + " must name a built jar; was " + value);
        }
        return Paths.get(value);
    }

    static final Duration WAIT = Duration.ofSeconds(30);

    /** Waits (with the shared helper) until the condition holds, failing after {@link #WAIT}. */
    static void await(String what, java.util.concurrent.Callable<Boolean> condition) {
        org.policyops.testing.Waiting.waitUntil(what, WAIT, condition);
    }

    /**
     * Runs a console command as an administrator, once the command (its first word, {@code scope:name}) is
     * registered, and returns what it printed.
     */
    static String console(org.apache.karaf.shell.api.console.SessionFactory sessions, String command) throws Exception {
        String[] scopeAndName = command.split("\\s+")[0].split(":");
        await("the command " + scopeAndName[0] + ":" + scopeAndName[1] + " is registered",
                () -> sessions.getRegistry().getCommand(scopeAndName[0], scopeAndName[1]) != null);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.PrintStream out = new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            org.apache.karaf.shell.api.console.Session session = sessions.create(System.in, out, out);
            javax.security.auth.Subject admin = new javax.security.auth.Subject();
            admin.getPrincipals().add(new org.apache.karaf.jaas.boot.principal.UserPrincipal("admin"));
            admin.getPrincipals().add(new org.apache.karaf.jaas.boot.principal.RolePrincipal("admin"));
            try {
                javax.security.auth.Subject.doAs(admin, (java.security.PrivilegedExceptionAction<Object>) () -> session.execute(command));
            } finally {
                session.close();
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
