package org.policyops.core.internal.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the files that hold credentials readable by their owner only: {@code etc/users.properties} (password
 * hashes), {@code etc/keys.properties} (SSH public keys and roles) and {@code data/initial-admin-password}. The
 * distribution's archive stores them so already, but an unpacker, a deployment tool or a hand edit that writes a new
 * file may not; Karaf rewrites these files in place, so the permissions set here stay.
 */
@Component(immediate = true)
public class CredentialFiles {

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final Logger LOG = LoggerFactory.getLogger(CredentialFiles.class);

    @Activate
    void activate() {
        Path etc = Paths.get(System.getProperty("karaf.etc", "etc"));
        Path data = Paths.get(System.getProperty("karaf.data", "data"));
        restrict(List.of(etc.resolve("users.properties"), etc.resolve("keys.properties"),
                data.resolve("initial-admin-password")));
    }

    /** Restricts each existing file to its owner; returns those whose permissions changed. */
    static List<Path> restrict(List<Path> files) {
        List<Path> changed = new ArrayList<>();
        for (Path file : files) {
            try {
                if (Files.isRegularFile(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                    Files.setPosixFilePermissions(file, OWNER_ONLY);
                    changed.add(file);
                    LOG.info("Made {} readable by its owner only (it holds credentials)", file);
                }
            } catch (UnsupportedOperationException notPosix) {
                return changed; // e.g. Windows: access is a matter of the folder's ACL there
            } catch (IOException e) {
                LOG.warn("Could not make {} readable by its owner only: {}", file, e.toString());
            }
        }
        return changed;
    }
}
