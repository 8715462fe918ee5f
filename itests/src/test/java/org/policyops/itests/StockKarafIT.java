package org.policyops.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The README's steps for an existing Karaf: a stock Apache Karaf 4.4.9, {@code feature:repo-add} of our
 * repository and {@code feature:install policyops}. Needs this build's artifacts in the local Maven repository
 * (the test command is {@code mvn install}, which puts them there before this module runs).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StockKarafIT {

    @Inject
    FeaturesService features;

    @Configuration
    public Option[] config() throws IOException {
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(maven("org.apache.karaf", "apache-karaf", System.getProperty("karaf.version")).type("tar.gz"))
                    .name("Apache Karaf")
                    .unpackDirectory(new File("target/exam-stock"))
                    .useDeployFolder(false),
            keepRuntimeFolder(),
            // The shared test helpers (Waiting), which Api uses in the container.
            bundle(PolicyOpsTestSupport.testingJar()),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevel.WARN),
            vmOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"),
            editConfigurationFilePut("etc/system.properties", "policyops.version", System.getProperty("policyops.version")),
            // Only Maven Central (and the local repository, where mvn install put PolicyOps) is reachable here.
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.repositories",
                    "https://repo1.maven.org/maven2@id=central"),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort())),
        };
    }

    @Test
    public void policyOpsInstallsOnAStockKaraf() throws Exception {
        String version = System.getProperty("policyops.version");
        features.addRepository(URI.create("mvn:org.policyops/policyops-features/" + version + "/xml/features"));
        // As in docs/operations/existing-karaf.md: the transaction manager and the JPA container first, then
        // PolicyOps, each with Karaf's usual refresh (the JPA API moves to the engine's javax.persistence then).
        features.installFeature("policyops-transaction", EnumSet.noneOf(FeaturesService.Option.class));
        features.installFeature("policyops", EnumSet.noneOf(FeaturesService.Option.class));
        assertTrue(features.isInstalled(features.getFeature("policyops")));

        Api api = new Api(PolicyOpsTestSupport.httpPort());
        Api.Response health = api.awaitHealthy(Duration.ofSeconds(120));
        assertEquals("UP", health.json().path("database").path("status").asText());

        // Stock Karaf has no users: PolicyOps created its administrator with a random password.
        String password = Files.readString(Paths.get(System.getProperty("karaf.data"), "initial-admin-password")).trim();
        Api.Response policies = api.send("GET", "/api/planning/policies", null, null, null,
                Map.of("Authorization", Api.basic("admin", password)));
        assertEquals(policies.toString(), 200, policies.status());
        assertTrue("sample data loads here too", policies.json().path("total").asInt() >= 12);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
