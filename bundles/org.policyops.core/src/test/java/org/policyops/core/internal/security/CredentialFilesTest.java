package org.policyops.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialFilesTest {

    @TempDir
    Path dir;

    @Test
    void aWorldReadableCredentialFileBecomesOwnerOnly() throws Exception {
        Path users = Files.writeString(dir.resolve("users.properties"), "admin = {CRYPT}x{CRYPT},admin\n");
        Files.setPosixFilePermissions(users, PosixFilePermissions.fromString("rw-r--r--"));

        assertEquals(List.of(users), CredentialFiles.restrict(List.of(users)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(users)));
        assertEquals("admin = {CRYPT}x{CRYPT},admin\n", Files.readString(users), "the content is untouched");
    }

    @Test
    void missingAndAlreadyRestrictedFilesAreLeftAlone() throws Exception {
        Path keys = Files.writeString(dir.resolve("keys.properties"), "");
        Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rw-------"));

        assertEquals(List.of(), CredentialFiles.restrict(List.of(keys, dir.resolve("initial-admin-password"))));
    }
}
