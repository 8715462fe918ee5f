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

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the platform can be administered without any fixed default password: on start, if no user of the
 * {@code karaf} realm holds the {@code admin} role, creates {@code admin} with the password from the environment
 * variable {@value #PASSWORD_ENV}, or else a random one that is written to {@code data/initial-admin-password}
 * (readable by the owner only) and printed on the console.
 */
// Registered as a service once the administrator exists, so that health can wait for it: between adding the user and
// adding its roles, a login succeeded without the admin role and the login cache kept that for half a minute.
@Component(service = InitialAdministrator.class, immediate = true, configurationPid = "org.policyops.security")
public class InitialAdministrator {

    static final String PASSWORD_ENV = "POLICYOPS_ADMIN_PASSWORD";
    static final String USER = "admin";
    /** PolicyOps' admin role, plus Karaf's own so the same user can use the console over SSH. */
    static final List<String> ROLES = List.of("admin", "manager", "viewer", "systembus", "ssh");

    private static final Logger LOG = LoggerFactory.getLogger(InitialAdministrator.class);

    @Activate
    public InitialAdministrator(
            @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY) List<JaasRealm> realms,
            @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY) List<BackingEngineFactory> factories,
            SecurityConfig config) {
        BackingEngine engine = engineFor(config.realm(), realms, factories);
        if (engine == null) {
            LOG.warn("The JAAS realm '{}' has no user store that PolicyOps can edit; no initial administrator was created. "
                    + "Create one with the jaas:* commands.", config.realm());
            return;
        }
        ensureAdministrator(engine, System.getenv(PASSWORD_ENV), dataDir());
    }

    /** The editable user store of the named realm: its first password login module that has a backing engine. */
    static BackingEngine engineFor(String realmName, List<JaasRealm> realms, List<BackingEngineFactory> factories) {
        for (JaasRealm realm : realms) {
            if (!realmName.equals(realm.getName())) {
                continue;
            }
            for (AppConfigurationEntry entry : realm.getEntries()) {
                // Karaf wraps each module in its ProxyLoginModule and names the real class in an option.
                Object proxied = entry.getOptions().get(ProxyLoginModule.PROPERTY_MODULE);
                String moduleClass = proxied != null ? proxied.toString() : entry.getLoginModuleName();
                for (BackingEngineFactory factory : factories) {
                    if (factory.getModuleClass().equals(moduleClass) && !moduleClass.contains("Publickey")) {
                        return factory.build(entry.getOptions());
                    }
                }
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
            String where;
            try {
                writeOwnerOnly(file, password + System.lineSeparator());
                where = "saved in " + file + " (readable by its owner only)";
            } catch (IOException e) {
                LOG.error("Could not save the initial administrator password in {}: {}", file, e.toString());
                where = "NOT saved: " + file + " could not be written (" + e.getMessage() + "); note it now";
            }
            // The password goes to the console only, never to the log.
            System.out.println("PolicyOps: created user 'admin' with password " + password + " -- " + where
                    + ". Change it with the jaas:* commands, or set " + PASSWORD_ENV + " before the first start.");
            LOG.warn("PolicyOps: created user 'admin' with a random password, {}.", where);
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
