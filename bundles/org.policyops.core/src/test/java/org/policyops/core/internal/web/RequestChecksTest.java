package org.policyops.core.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policyops.core.internal.web.RequestChecks.Refusal;

class RequestChecksTest {

    private static Optional<Refusal> get(String path, String query) {
        return RequestChecks.check("GET", path, query, null, null, false);
    }

    private static Refusal refused(Optional<Refusal> r) {
        assertTrue(r.isPresent(), "expected a refusal");
        return r.get();
    }

    @Test
    void ordinaryAddressesPass() {
        assertTrue(get("/api/planning/policies", "limit=20&offset=0&sort=-updatedAt,key&q=coded%20slurs").isEmpty());
        assertTrue(get("/api/localization/contents/policy/hate-speech/text/translations/pt-BR", null).isEmpty());
        assertTrue(get("/api/localization/contents/policy%2Fhate-speech%2Ftext", "q=caf%C3%A9+noir").isEmpty());
        assertTrue(get("/api/planning/policies", "").isEmpty());
    }

    @Test
    void invalidPercentEncodingInTheQueryNamesTheParameter() {
        Refusal r = refused(get("/api/launches", "limit=%zz"));
        assertEquals(400, r.status());
        assertEquals("limit", r.field());
        assertTrue(r.message().contains("percent-encoding"), r.message());
        assertEquals("query", refused(get("/api/launches", "%zz=1")).field());
        assertEquals("x", refused(get("/api/health", "x=%")).field());
        assertEquals("x", refused(get("/api/health", "x=%C3%28")).field(), "invalid UTF-8");
    }

    @Test
    void charactersThatMustBeEncodedAreRefused() {
        Refusal r = refused(get("/api/health", "x=a\\b"));
        assertEquals("x", r.field());
        assertEquals("holds the character '\\', which must be percent-encoded (RFC 3986)", r.message());
        assertEquals("path", refused(get("/api/planning/policies/a b", null)).field());
        assertEquals("q", refused(get("/api/launches", "q=a%00b")).field(), "NUL in a value");
    }

    @Test
    void pathsWithMatrixParametersDotSegmentsOrBadEscapesAreRefused() {
        Refusal matrix = refused(get("/api/planning/initiatives/1;DROP%20TABLE%20x", null));
        assertEquals(400, matrix.status());
        assertEquals("path", matrix.field());
        assertTrue(matrix.message().startsWith("matrix parameters"), matrix.message());
        assertEquals("path", refused(get("/api/planning/initiatives/%u002e%u002e", null)).field());
        assertEquals("path", refused(get("/api/health/%u002e", null)).field());
        assertEquals("path", refused(get("/api/planning/initiatives/%2e%2e", null)).field());
        assertEquals("path", refused(get("/api/planning/%00", null)).field());
        assertTrue(get("/api/planning/initiatives/1%3B2", null).isEmpty(), "an encoded ';' is part of the id");
        assertEquals("path", refused(get("/api/localization/contents/x/translations/bg%0A", null)).field());
        assertEquals("path", refused(get("/api/localization/contents/x/translations/%20bg", null)).field());
        assertTrue(get("/api/localization/contents/a%20b/readiness", null).isEmpty(), "a space inside an id is the id's");
    }

    @Test
    void overLongQueriesAre414AndCxfControlParametersAreRefused() {
        Refusal longQuery = refused(get("/api/launches", "q=" + "a".repeat(RequestChecks.MAX_QUERY_LENGTH)));
        assertEquals(414, longQuery.status());
        assertEquals("query", longQuery.field());
        assertEquals("_wadl", refused(get("/api/", "_wadl")).field());
        assertEquals("_method", refused(get("/api/planning/policies/x", "_method=DELETE")).field());
        assertEquals("_type", refused(get("/api/planning/policies", "_type=xml")).field());
    }

    @Test
    void anUnknownCharsetIsA415AndMethodOverridesAreRefused() {
        Refusal charset = refused(RequestChecks.check("POST", "/api/planning/policies", null,
                "application/json; charset=bogus", null, true));
        assertEquals(415, charset.status());
        assertEquals("Content-Type", charset.field());
        assertEquals("the charset 'bogus' is not supported; send the body as UTF-8 (charset=UTF-8)", charset.message());
        assertEquals(415, refused(RequestChecks.check("POST", "/api/x", null, "application/json;charset=\"%%%\"", null,
                true)).status());
        assertTrue(RequestChecks.check("POST", "/api/x", null, "application/json; charset=\"utf-8\"", null, true).isEmpty());
        assertEquals("X-HTTP-Method-Override",
                refused(RequestChecks.check("POST", "/api/x", null, null, "DELETE", true)).field());
    }

    @Test
    void anonymousOptionsIsRefusedAnAuthenticatedOneIsNot() {
        assertEquals(401, refused(RequestChecks.check("OPTIONS", "/api/planning/policies", null, null, null, false)).status());
        assertTrue(RequestChecks.check("OPTIONS", "/api/planning/policies", null, null, null, true).isEmpty());
    }

    @Test
    void traceAndUnknownMethodsAre405() {
        Refusal trace = refused(RequestChecks.check("TRACE", "/api/health", null, null, null, true));
        assertEquals(405, trace.status());
        assertTrue(trace.message().contains("TRACE"), trace.message());
        assertEquals(405, refused(RequestChecks.check("PROPFIND", "/api/health", null, null, null, true)).status());
    }
}
