package org.policyops.plugins.internal.service;

import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/** Karaf's deploy/ folder, and which bundle locations point into it. */
final class DeployFolder {

    private final Path dir;

    DeployFolder(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** The configured folder, or {@code ${karaf.base}/deploy} (fileinstall's folder in every Karaf). */
    static DeployFolder of(String configured) {
        if (configured != null && !configured.isBlank()) {
            return new DeployFolder(Paths.get(configured.trim()));
        }
        String base = System.getProperty("karaf.base", System.getProperty("user.dir"));
        return new DeployFolder(Paths.get(base, "deploy"));
    }

    Path dir() {
        return dir;
    }

    /**
     * The file in the folder a bundle was installed from, when its location is a {@code file:} URI there
     * (fileinstall installs jars under their file URI).
     */
    Optional<Path> fileOf(String location) {
        if (location == null || !location.startsWith("file:")) {
            return Optional.empty();
        }
        try {
            Path file = Paths.get(URI.create(location)).toAbsolutePath().normalize();
            return dir.equals(file.getParent()) ? Optional.of(file) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
