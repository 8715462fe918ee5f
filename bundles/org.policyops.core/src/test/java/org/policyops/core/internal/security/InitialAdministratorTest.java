package org.policyops.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitialAdministratorTest {

    @TempDir
    Path data;

    private final InMemoryBackingEngine engine = new InMemoryBackingEngine();

    private Path passwordFile() {
        return data.resolve("initial-admin-password");
    }

    // ---- ensureAdministrator

    @Test
    void createsAdminWithThePasswordFromTheEnvironmentAndWritesNoFile() throws Exception {
        assertTrue(InitialAdministrator.ensureAdministrator(engine, "s3cret-from-env", data));

        assertEquals("s3cret-from-env", engine.passwords.get("admin"));
        assertTrue(engine.roles.get("admin").contains("admin"));
        try (var files = Files.list(data)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void theAdminAlsoGetsKarafsConsoleRoles() {
        InitialAdministrator.ensureAdministrator(engine, "pw", data);

        assertTrue(engine.roles.get("admin").containsAll(List.of("admin", "manager", "viewer", "systembus", "ssh")),
                engine.roles.toString());
    }

    @Test
    void withoutAnEnvironmentPasswordALongRandomOneIsGeneratedAndSaved() throws Exception {
        assertTrue(InitialAdministrator.ensureAdministrator(engine, null, data));

        String password = engine.passwords.get("admin");
        assertTrue(password.length() >= 20, password);
        assertEquals(password, Files.readString(passwordFile()).strip());
    }

    @Test
    void aBlankEnvironmentPasswordIsTreatedAsAbsent() throws Exception {
        InitialAdministrator.ensureAdministrator(engine, "   ", data);

        assertNotEquals("   ", engine.passwords.get("admin"));
        assertTrue(Files.exists(passwordFile()));
    }

    @Test
    void theSavedPasswordIsReadableByItsOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));

        InitialAdministrator.ensureAdministrator(engine, null, data);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile())));
    }

    @Test
    void anOldWorldReadablePasswordFileIsReplacedByAnOwnerOnlyOne() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Files.writeString(passwordFile(), "old\n");
        Files.setPosixFilePermissions(passwordFile(), PosixFilePermissions.fromString("rw-r--r--"));

        InitialAdministrator.ensureAdministrator(engine, null, data);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile())));
        assertEquals(engine.passwords.get("admin"), Files.readString(passwordFile()).strip());
    }

    @Test
    void aMissingDataDirectoryIsCreated() throws Exception {
        Path nested = data.resolve("karaf/data");

        InitialAdministrator.ensureAdministrator(engine, null, nested);

        assertTrue(Files.exists(nested.resolve("initial-admin-password")));
    }

    @Test
    void generatedPasswordsDifferEachTime() {
        assertNotEquals(InitialAdministrator.randomPassword(), InitialAdministrator.randomPassword());
    }

    @Test
    void doesNothingWhenAUserAlreadyHoldsTheAdminRole() throws Exception {
        engine.withUser("alice", "hers", "viewer", "admin");

        assertFalse(InitialAdministrator.ensureAdministrator(engine, null, data));

        assertEquals(Map.of("alice", "hers"), engine.passwords);
        assertFalse(Files.exists(passwordFile()));
    }

    @Test
    void usersWithoutTheAdminRoleDoNotCount() {
        engine.withUser("karaf", "karaf", "manager", "viewer", "ssh");

        assertTrue(InitialAdministrator.ensureAdministrator(engine, "pw", data));
        assertEquals("pw", engine.passwords.get("admin"));
    }

    // ---- finding the user store of the realm

    private static JaasRealm realm(String name, AppConfigurationEntry... entries) {
        JaasRealm realm = mock(JaasRealm.class);
        when(realm.getName()).thenReturn(name);
        when(realm.getEntries()).thenReturn(entries);
        return realm;
    }

    private static AppConfigurationEntry proxied(String moduleClass) {
        return new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.SUFFICIENT,
                Map.of(ProxyLoginModule.PROPERTY_MODULE, moduleClass));
    }

    private static BackingEngineFactory factory(String moduleClass, BackingEngine engine) {
        BackingEngineFactory factory = mock(BackingEngineFactory.class);
        when(factory.getModuleClass()).thenReturn(moduleClass);
        when(factory.build(org.mockito.ArgumentMatchers.any())).thenReturn(engine);
        return factory;
    }

    @Test
    void theEngineOfTheNamedRealmsProxiedModuleIsUsed() {
        BackingEngine other = new InMemoryBackingEngine();
        List<JaasRealm> realms = List.of(realm("other", proxied("x.PropertiesLoginModule")),
                realm("karaf", proxied("x.PropertiesLoginModule")));
        List<BackingEngineFactory> factories = List.of(factory("y.Jdbc", other), factory("x.PropertiesLoginModule", engine));

        assertSame(engine, InitialAdministrator.engineFor("karaf", realms, factories));
    }

    @Test
    void publicKeyModulesAreSkipped() {
        BackingEngine keys = new InMemoryBackingEngine();
        List<JaasRealm> realms = List.of(realm("karaf", proxied("x.PublickeyLoginModule"), proxied("x.PropertiesLoginModule")));
        List<BackingEngineFactory> factories = List.of(factory("x.PublickeyLoginModule", keys), factory("x.PropertiesLoginModule", engine));

        assertSame(engine, InitialAdministrator.engineFor("karaf", realms, factories));
    }

    @Test
    void anUnknownRealmHasNoEngine() {
        List<JaasRealm> realms = List.of(realm("karaf", proxied("x.PropertiesLoginModule")));

        assertNull(InitialAdministrator.engineFor("ldap", realms, List.of(factory("x.PropertiesLoginModule", engine))));
    }
}
