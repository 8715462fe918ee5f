package org.policyops.core.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ResponseHeadersTest {

    @Test
    void everyAnswerForbidsSniffingFramingAndActiveContent() {
        Map<String, String> h = new ResponseHeaders(List.of()).forAnswer("/api/planning/policies", false, null);
        assertEquals("nosniff", h.get("X-Content-Type-Options"));
        assertEquals("DENY", h.get("X-Frame-Options"));
        assertEquals("no-referrer", h.get("Referrer-Policy"));
        assertEquals(ResponseHeaders.API_POLICY, h.get("Content-Security-Policy"));
        assertNull(h.get("Cache-Control"), "an anonymous answer (health) may be cached");
    }

    @Test
    void pagesOutsideTheApiKeepTheirOwnPolicy() {
        Map<String, String> h = new ResponseHeaders(List.of()).forAnswer("/ui/index.html", false, null);
        assertNull(h.get("Content-Security-Policy"));
        assertEquals("nosniff", h.get("X-Content-Type-Options"));
    }

    @Test
    void anAnswerToARequestWithCredentialsIsNeverStored() {
        assertEquals("no-store", new ResponseHeaders(List.of()).forAnswer("/api/launches", true, null).get("Cache-Control"));
    }

    @Test
    void documentationPagesMayLoadTheirOwnScripts() {
        assertEquals(ResponseHeaders.PAGE_POLICY,
                new ResponseHeaders(List.of()).forAnswer("/api/docs/index.html", false, null).get("Content-Security-Policy"));
        assertEquals(ResponseHeaders.API_POLICY,
                new ResponseHeaders(List.of()).forAnswer("/api/docsx", false, null).get("Content-Security-Policy"));
    }

    @Test
    void corsIsOffUntilOriginsAreConfigured() {
        ResponseHeaders off = new ResponseHeaders(List.of(" ", ""));
        assertFalse(off.corsEnabled());
        assertFalse(off.originAllowed("https://evil.example"));
        Map<String, String> h = off.forAnswer("/api/launches", true, "https://evil.example");
        assertFalse(h.keySet().stream().anyMatch(k -> k.startsWith("Access-Control-")), h.toString());
        assertNull(h.get("Vary"));
    }

    @Test
    void aConfiguredOriginGetsCorsHeadersAndOthersDoNot() {
        // As etc/org.policyops.rest.cfg gives it: one comma-separated string.
        ResponseHeaders on = new ResponseHeaders(List.of("https://Dashboards.example.org/, http://localhost:3000"));
        assertTrue(on.originAllowed("http://localhost:3000"));
        assertTrue(on.originAllowed("https://dashboards.example.org"));
        Map<String, String> allowed = on.forAnswer("/api/launches", true, "https://dashboards.example.org");
        assertEquals("https://dashboards.example.org", allowed.get("Access-Control-Allow-Origin"));
        assertEquals("true", allowed.get("Access-Control-Allow-Credentials"));
        assertTrue(allowed.get("Access-Control-Expose-Headers").contains("ETag"));
        assertEquals("Origin", allowed.get("Vary"));

        Map<String, String> other = on.forAnswer("/api/launches", true, "https://dashboards.example.org.evil.example");
        assertNull(other.get("Access-Control-Allow-Origin"));
        assertEquals("Origin", other.get("Vary"));
    }

    @Test
    void aPreflightIsAnOptionsRequestWithAnOriginAndTheMethodToCome() {
        assertTrue(ResponseHeaders.preflight("OPTIONS", "http://localhost:3000", "PUT"));
        assertFalse(ResponseHeaders.preflight("OPTIONS", "http://localhost:3000", null));
        assertFalse(ResponseHeaders.preflight("OPTIONS", null, "PUT"));
        assertFalse(ResponseHeaders.preflight("GET", "http://localhost:3000", "PUT"));
        assertTrue(ResponseHeaders.forPreflight().get("Access-Control-Allow-Headers").contains("If-Match"));
    }
}
