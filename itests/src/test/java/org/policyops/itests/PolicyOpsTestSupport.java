package org.policyops.itests;

import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * Starts the PolicyOps distribution (the tar.gz this build made) once per test class, with free ports and the
 * test users of {@link Api#USERS}. Tests run inside the container and call the REST API over real HTTP.
 */
public abstract class PolicyOpsTestSupport {

    /**
     * Karaf registers this once it has installed the boot features. Until then /api/health can be green for the
     * bundles installed so far while a domain (say tooling) is not installed yet; tests start after it.
     */
    @javax.inject.Inject
    protected org.apache.karaf.features.BootFinished bootFinished;

    protected Api api;

    @Configuration
    public Option[] config() throws IOException {
        String distribution = System.getProperty("policyops.distribution");
        if (distribution == null || !new File(distribution).isFile()) {
            throw new IllegalStateException("System property policyops.distribution must name the distribution tar.gz; was " + distribution);
        }
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(new File(distribution).toURI().toString())
                        .name("PolicyOps")
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                keepRuntimeFolder(),
                // Pax Exam gives a container 180 s to come up; on a loaded 2-core machine a cold start took longer.
                systemTimeout(300_000),
                // The shared test helpers (Waiting) for the tests that run in the container.
                bundle(testingJar()),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevel.WARN),
                // A container that never comes up leaves only its karaf.log: keep what the features service did
                // (stages, refreshes, failures) and whether Pax Exam's remote bundle context registered.
                editConfigurationFilePut("etc/org.ops4j.pax.logging.cfg", "log4j2.logger.policyopsfeatures.name", "org.apache.karaf.features"),
                editConfigurationFilePut("etc/org.ops4j.pax.logging.cfg", "log4j2.logger.policyopsfeatures.level", "INFO"),
                editConfigurationFilePut("etc/org.ops4j.pax.logging.cfg", "log4j2.logger.policyopsrbc.name", "org.ops4j.pax.exam"),
                editConfigurationFilePut("etc/org.ops4j.pax.logging.cfg", "log4j2.logger.policyopsrbc.level", "DEBUG"),
                vmOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort()))));
        for (Map.Entry<String, String> user : Api.USERS.entrySet()) {
            options.add(editConfigurationFilePut("etc/users.properties", user.getKey(), user.getValue()));
        }
        options.addAll(extraOptions());
        return options.toArray(Option[]::new);
    }

    /** The policyops-testing jar (a bundle) as a URL, for the container's provisioning. */
    static String testingJar() {
        String jar = System.getProperty("policyops.testing");
        if (jar == null || !new File(jar).isFile()) {
            throw new IllegalStateException("System property policyops.testing must name the policyops-testing jar; was " + jar);
        }
        return new File(jar).toURI().toString();
    }

    /**
     * Boots the distribution's first stage (distribution/pom.xml), then the one PolicyOps feature given instead of
     * {@code policyops}: for the tests that show a feature installs and works alone.
     */
    protected static Option bootAlone(String feature) {
        return editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBoot", "(instance, package, log, ssh, "
                + "system, eventadmin, feature, shell, management, service, jaas, deployer, diagnostic, wrap, bundle, config, "
                + "kar, scr, policyops-transaction), (" + feature + ")");
    }

    /** More options for one test class. */
    protected List<Option> extraOptions() {
        return List.of();
    }

    /** The HTTP port chosen for this container, read inside the container from its own configuration. */
    protected static int httpPort() throws IOException {
        java.util.Properties cfg = new java.util.Properties();
        try (java.io.Reader r = java.nio.file.Files.newBufferedReader(
                java.nio.file.Paths.get(System.getProperty("karaf.etc"), "org.ops4j.pax.web.cfg"))) {
            cfg.load(r);
        }
        return Integer.parseInt(cfg.getProperty("org.osgi.service.http.port").trim());
    }

    protected Api api() throws InterruptedException, IOException {
        if (api == null) {
            api = new Api(httpPort());
            api.awaitHealthy(Duration.ofSeconds(120));
        }
        return api;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
