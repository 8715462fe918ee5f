package org.policyops.core.internal.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the platform can be administered without any fixed default password: on start, if no user of the
 * {@code karaf} realm holds the {@code admin} role, creates {@code admin} with the password from the environment
 * variable {@value #PASSWORD_ENV}, or else a random one that is written to {@code data/initial-admin-password}
 * (readable by the owner only) and printed once.
 */
@Component(immediate = true)
public class InitialAdministrator {

    static final String PASSWORD_ENV = "POLICYOPS_ADMIN_PASSWORD";
    static final String USER = "admin";
    /** PolicyOps' admin role, plus Karaf's own so the same user can use the console over SSH. */
    static final List<String> ROLES = List.of("admin", "manager", "viewer", "systembus", "ssh");

    private static final Logger LOG = LoggerFactory.getLogger(InitialAdministrator.class);

    @Activate
    public InitialAdministrator(@Reference(target = "(org.apache.karaf.jaas.realm.name=karaf)") JaasRealm realm,
            @Reference BackingEngineService engines) {
        BackingEngine engine = engineFor(realm, engines);
        if (engine == null) {
            LOG.warn("The karaf JAAS realm has no user store that can be edited; no initial administrator was created.");
            return;
        }
        ensureAdministrator(engine, System.getenv(PASSWORD_ENV), dataDir());
    }

    static BackingEngine engineFor(JaasRealm realm, BackingEngineService engines) {
        for (AppConfigurationEntry entry : realm.getEntries()) {
            if (entry.getLoginModuleName().contains("Publickey")) {
                continue; // keys, not passwords
            }
            BackingEngine engine = engines.get(entry);
            if (engine != null) {
                return engine;
            }
        }
        return null;
    }

    /** Creates the administrator if none exists; returns whether one was created. */
    static boolean ensureAdministrator(BackingEngine engine, String passwordFromEnv, Path dataDir) {
        for (UserPrincipal user : engine.listUsers()) {
            for (RolePrincipal role : engine.listRoles(user)) {
                if ("admin".equals(role.getName())) {
                    return false;
                }
            }
        }
        boolean generated = passwordFromEnv == null || passwordFromEnv.isBlank();
        String password = generated ? randomPassword() : passwordFromEnv;
        engine.addUser(USER, password);
        for (String role : ROLES) {
            engine.addRole(USER, role);
        }
        if (generated) {
            Path file = dataDir.resolve("initial-admin-password");
            try {
                writeOwnerOnly(file, password + System.lineSeparator());
            } catch (IOException e) {
                LOG.error("Could not write {}: {}", file, e.toString());
            }
            String banner = "PolicyOps: created user 'admin' with a random password, saved in " + file
                    + " (readable by its owner only). Change it with jaas:* commands or set " + PASSWORD_ENV + " before the first start.";
            System.out.println(banner);
            LOG.warn(banner);
        } else {
            LOG.info("PolicyOps: created user 'admin' with the password from {}.", PASSWORD_ENV);
        }
        return true;
    }

    static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // not a POSIX file system
        }
        Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }

    static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Path dataDir() {
        String data = System.getProperty("karaf.data");
        return data != null ? Paths.get(data) : Paths.get("data");
    }
}
