package org.policyops.itests.plugins;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.Set;

import org.osgi.framework.FrameworkUtil;
import org.policyops.api.compliance.DomainEvent;
import org.policyops.api.compliance.Integration;

/**
 * Appends "launchId version" for every launch created to a file in the container's data folder, so that the test
 * sees every delivery across versions of its plugin (each version has its own class loader and no shared memory).
 */
public class RecordingIntegration implements Integration {

    public static final String ID = "test.recorder";
    public static final String FILE = "recorded-launches.txt";

    public static Path file() {
        return Paths.get(System.getProperty("karaf.data"), FILE);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String type() {
        return "test";
    }

    @Override
    public String description() {
        return "records created launches to " + FILE;
    }

    @Override
    public Set<String> topics() {
        return Set.of("org/policyops/launches/launch/CREATED");
    }

    @Override
    public synchronized void deliver(DomainEvent event) throws IOException {
        String line = event.properties().get("launchId") + " " + FrameworkUtil.getBundle(getClass()).getVersion() + "\n";
        Files.write(file(), line.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
