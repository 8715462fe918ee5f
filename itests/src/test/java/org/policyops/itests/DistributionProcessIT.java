package org.policyops.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs the distribution as an administrator would, as a process of its own: the first start creates the
 * administrator, every acknowledged write survives a crash of the JVM (kill -9), and a restart keeps all data.
 * Prints the start-up time and memory it measures.
 */
public class DistributionProcessIT {

    private KarafProcess karaf;

    @After
    public void stop() throws InterruptedException {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    public void acknowledgedWritesSurviveKillMinus9AndRestart() throws Exception {
        karaf = KarafProcess.unpack();
        Api api = karaf.api();

        long t0 = System.nanoTime();
        karaf.start(Map.of());
        api.awaitHealthy(Duration.ofSeconds(120));
        long startMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        System.out.printf("MEASURED start -> first 200 on /api/health: %d ms; RSS after boot: %s%n", startMillis, karaf.rss());

        // The first start created the administrator with a random password, readable by its owner only.
        Path passwordFile = karaf.home.resolve("data/initial-admin-password");
        assertTrue(Files.isRegularFile(passwordFile));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)));
        String password = Files.readString(passwordFile).trim();
        assertTrue(password.length() >= 20);
        String admin = Api.basic("admin", password);
        assertEquals(200, get(api, "/api/planning/policies", admin).status());
        assertFalse("the password must not be stored in clear",
                Files.readString(karaf.home.resolve("etc/users.properties")).contains(password));
        assertHashedInOwnerOnlyFile(karaf.home.resolve("etc/users.properties"), "admin");
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(karaf.home.resolve("etc/keys.properties"))));
        int policiesBefore = get(api, "/api/planning/policies", admin).json().path("total").asInt();

        // Writes, each acknowledged, then a crash right after the last acknowledgement.
        String key = "crash-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, send(api, "POST", "/api/planning/policies", admin, PlatformIT.policy(key)).status());
        String versions = "/api/planning/policies/" + key + "/versions";
        assertEquals(201, send(api, "POST", versions, admin, Map.of("version", "2.0.0", "summary", "Crash-tested")).status());
        assertEquals(200, send(api, "POST", versions + "/2.0.0/transitions", admin, Map.of("stage", "TESTING")).status());
        Map<String, Object> initiative = new HashMap<>(PlanningApiIT.initiative("Survives a crash", "BR", "2031-Q4"));
        Api.Response created = send(api, "POST", "/api/planning/initiatives", admin, initiative);
        assertEquals(201, created.status());
        long initiativeId = created.json().path("id").asLong();
        Api.Response lastWrite = send(api, "POST", versions + "/2.0.0/transitions", admin, Map.of("stage", "TRAINING"));
        assertEquals(200, lastWrite.status());
        karaf.killMinus9();

        karaf.start(Map.of());
        api.awaitHealthy(Duration.ofSeconds(120));
        JsonNode version = get(api, versions + "/2.0.0", admin).json();
        assertEquals("TRAINING", version.path("stage").asText());
        assertEquals(3, version.path("transitions").size());
        assertEquals("Survives a crash", get(api, "/api/planning/initiatives/" + initiativeId, admin).json().path("title").asText());
        assertEquals("sample data is loaded once only", policiesBefore + 1,
                get(api, "/api/planning/policies", admin).json().path("total").asInt());
        assertEquals("the administrator is created once only", password, Files.readString(passwordFile).trim());
        assertEquals(200, get(api, "/api/planning/policies", admin).status());
    }

    @Test
    public void theAdministratorPasswordCanComeFromTheEnvironment() throws Exception {
        karaf = KarafProcess.unpack();
        Api api = karaf.api();
        String password = "env-" + UUID.randomUUID();
        karaf.start(Map.of("POLICYOPS_ADMIN_PASSWORD", password));
        api.awaitHealthy(Duration.ofSeconds(120));
        assertEquals(200, get(api, "/api/planning/policies", Api.basic("admin", password)).status());
        assertFalse(Files.exists(karaf.home.resolve("data/initial-admin-password")));
    }

    /** The user's password is stored hashed (SHA-512, hex), never in plain text, in a file only its owner may read. */
    static void assertHashedInOwnerOnlyFile(Path usersFile, String user) throws java.io.IOException {
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(usersFile)));
        java.util.Properties users = new java.util.Properties();
        try (java.io.Reader in = Files.newBufferedReader(usersFile)) {
            users.load(in);
        }
        String stored = users.getProperty(user).split(",")[0];
        assertTrue(stored, stored.startsWith("{CRYPT}") && stored.endsWith("{CRYPT}"));
        assertTrue("a SHA-512 digest in hex is stored, not " + stored, stored.substring(7, stored.length() - 7).matches("[0-9a-fA-F]{128}"));
    }

    static Api.Response get(Api api, String path, String authorization) {
        return api.send("GET", path, null, null, null, Map.of("Authorization", authorization));
    }

    static Api.Response send(Api api, String method, String path, String authorization, Object body) {
        return api.send(method, path, null, "application/json", Api.json(body), Map.of("Authorization", authorization));
    }
}
