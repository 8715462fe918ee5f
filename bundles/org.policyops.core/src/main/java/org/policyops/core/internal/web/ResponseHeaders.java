package org.policyops.core.internal.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The headers every answer of the API carries, and the CORS answers. Security headers: no content sniffing, no
 * framing, no referrer, a Content-Security-Policy that lets a JSON answer run nothing, and no caching of anything
 * asked with credentials (a shared proxy or the browser's disk must not keep another user's data). CORS is off
 * unless origins are configured ({@code corsAllowedOrigins} in {@code etc/org.policyops.rest.cfg}): then those
 * origins, and only those, get {@code Access-Control-*} headers and an answer to their preflight requests.
 */
final class ResponseHeaders {

    /** JSON, CSV and problems: nothing in them may load or run anything. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** Pages served beside the API (documentation): their own scripts, styles and images only. */
    static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    static final String ALLOWED_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, If-Match, If-None-Match, Accept, Accept-Language";
    static final String EXPOSED_HEADERS = "ETag, Link, Location, X-Total-Count, Retry-After, Content-Disposition";

    private final Set<String> allowedOrigins;

    ResponseHeaders(List<String> allowedOrigins) {
        // A .cfg file gives one string for the list: its commas separate origins (an origin never holds one).
        this.allowedOrigins = allowedOrigins.stream().flatMap(o -> Arrays.stream(o.split(",")))
                .map(String::trim).filter(o -> !o.isEmpty())
                .map(o -> o.endsWith("/") ? o.substring(0, o.length() - 1) : o)
                .map(o -> o.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether CORS is on at all. */
    boolean corsEnabled() {
        return !allowedOrigins.isEmpty();
    }

    boolean originAllowed(String origin) {
        return origin != null && allowedOrigins.contains(origin.toLowerCase(Locale.ROOT));
    }

    /** A browser's preflight: OPTIONS with an Origin and the method it wants to send. */
    static boolean preflight(String method, String origin, String requestedMethod) {
        return "OPTIONS".equalsIgnoreCase(method) && origin != null && requestedMethod != null;
    }

    /** The headers of any answer to this request (before the answer is known). */
    Map<String, String> forAnswer(String path, boolean credentials, String origin) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "no-referrer");
        // Pages outside /api that share the root context (the dashboard under /ui) send a policy of their own;
        // a second one here would be combined with it and block their styles.
        if (api(path)) {
            h.put("Content-Security-Policy", page(path) ? PAGE_POLICY : API_POLICY);
        }
        if (credentials) {
            h.put("Cache-Control", "no-store");
        }
        if (corsEnabled()) {
            // The answer differs by origin, so caches must key on it.
            h.put("Vary", "Origin");
            if (originAllowed(origin)) {
                h.put("Access-Control-Allow-Origin", origin);
                h.put("Access-Control-Allow-Credentials", "true");
                h.put("Access-Control-Expose-Headers", EXPOSED_HEADERS);
            }
        }
        return h;
    }

    /** The extra headers of a preflight answer from an allowed origin. */
    static Map<String, String> forPreflight() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Access-Control-Allow-Methods", ALLOWED_METHODS);
        h.put("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        h.put("Access-Control-Max-Age", "600");
        return h;
    }

    private static boolean api(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    private static boolean page(String path) {
        return path != null && (path.equals("/api/docs") || path.startsWith("/api/docs/"));
    }
}
