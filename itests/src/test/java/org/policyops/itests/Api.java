package org.policyops.itests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policyops.testing.Waiting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small REST client for the tests: HTTP Basic as one of the test users, JSON in and out. */
public final class Api {

    /** Users the test containers are given in etc/users.properties: name → password and roles. */
    public static final Map<String, String> USERS = new LinkedHashMap<>();
    static {
        USERS.put("admin", "admin-secret-1,admin");
        USERS.put("planner", "planner-secret-1,planner");
        USERS.put("viewer", "viewer-secret-1,viewer");
        USERS.put("trainer", "trainer-secret-1,trainer");
        USERS.put("translator", "translator-secret-1,localization");
        USERS.put("toolsmith", "toolsmith-secret-1,tooling");
        USERS.put("lead-eu", "lead-secret-1,regional-lead,region:EU,region:UK");
        USERS.put("scraper", "scraper-secret-1,metrics");
        // Only for PlatformIT's login throttling test: it is locked out for a minute afterwards.
        USERS.put("throttled", "throttled-secret-1,viewer");
    }

    public static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    public static String password(String user) {
        return USERS.get(user).split(",")[0];
    }

    public Response get(String path, String user) {
        return send("GET", path, user, null, null, Map.of());
    }

    public Response post(String path, String user, Object body) {
        return send("POST", path, user, "application/json", json(body), Map.of());
    }

    public Response put(String path, String user, Object body, String ifMatch) {
        return send("PUT", path, user, "application/json", json(body), ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }

    public Response patch(String path, String user, Object body, String ifMatch) {
        return send("PATCH", path, user, "application/json", json(body), ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }

    public Response delete(String path, String user, String ifMatch) {
        return send("DELETE", path, user, null, null, ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }

    public static String json(Object body) {
        if (body == null || body instanceof String) {
            return (String) body;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Sends a request as the given user (null: no credentials) with a raw body (null: none). */
    public Response send(String method, String path, String user, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (user != null) {
            rb.header("Authorization", basic(user, password(user)));
        }
        if (contentType != null) {
            rb.header("Content-Type", contentType);
        }
        headers.forEach(rb::header);
        try {
            HttpResponse<String> r = client.send(rb.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A download: the status, the headers and the body as bytes (a PDF …). */
    public record Download(int status, Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0))
                    .findFirst().orElse(null);
        }
    }

    /** GETs a binary document as the given user. */
    public Download download(String path, String user) {
        HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
        if (user != null) {
            rb.header("Authorization", basic(user, password(user)));
        }
        try {
            HttpResponse<byte[]> r = client.send(rb.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Waits (bounded) until GET /api/health answers 200 and returns that answer. Health answers 200 only once every
     * domain is ready and the JAX-RS whiteboard serves all their resources, so the next request finds its route.
     */
    public Response awaitHealthy(Duration timeout) {
        return Waiting.waitForAssert(timeout, () -> {
            Response health = get("/api/health", null);
            if (health.status() != 200) {
                throw new AssertionError("/api/health answered " + health);
            }
            return health;
        });
    }

    /**
     * Waits (bounded) until /api/health says the whiteboard serves every resource of the active bundles ("api" UP),
     * whatever the domains say: for tests that stop a domain bundle on purpose, so health stays 503.
     */
    public Response awaitApiServed(Duration timeout) {
        return Waiting.waitForAssert(timeout, () -> {
            Response health = get("/api/health", null);
            if (!"UP".equals(health.json().path("api").path("status").asText())) {
                throw new AssertionError("/api/health answered " + health);
            }
            return health;
        });
    }

    /** An HTTP response. */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().isEmpty() ? null : e.getValue().get(0);
                }
            }
            return null;
        }

        public List<String> headerValues(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue();
                }
            }
            return List.of();
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
