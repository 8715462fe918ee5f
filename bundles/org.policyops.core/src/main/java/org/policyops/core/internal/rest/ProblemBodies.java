package org.policyops.core.internal.rest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one shape of an RFC 9457 problem body, for every place that writes one: the JAX-RS exception mapper, the
 * request guard in front of CXF, and Jetty's error handler for what never reaches a servlet. A client reads the same
 * members in the same order whichever layer refused it.
 */
public final class ProblemBodies {

    private ProblemBodies() {
    }

    /** type, title, status and detail; the caller adds instance, errors or other members after these. */
    public static Map<String, Object> of(int status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        return body;
    }

    /** The same, with the request's path as the problem's {@code instance}. */
    public static Map<String, Object> of(int status, String title, String detail, String instance) {
        Map<String, Object> body = of(status, title, detail);
        body.put("instance", instance);
        return body;
    }
}
