package org.policyops.core.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

class RestSupportTest {

    private static final Map<String, String> SORTABLE = Map.of("title", "title");

    @Test
    void pagingParametersThatAreNotWholeNumbersAreA400NamingEach() {
        ProblemException e = assertThrows(ProblemException.class, () -> RestSupport.page("ten", "x", null, SORTABLE, "title"));
        assertEquals(400, e.status());
        assertEquals(List.of(new FieldError("limit", "must be a whole number (was 'ten')"),
                new FieldError("offset", "must be a whole number (was 'x')")), e.errors());
        assertEquals(20, RestSupport.page(" 20 ", "40", null, SORTABLE, "title").limit());
        assertEquals(40, RestSupport.page(" 20 ", "40", null, SORTABLE, "title").offset());
    }

    @Test
    void anIdThatIsNotANumberNamesNoRecord() {
        assertEquals(42L, RestSupport.id("42", "initiative"));
        ProblemException e = assertThrows(ProblemException.class, () -> RestSupport.id("abc", "initiative"));
        assertEquals(404, e.status());
        assertEquals("No initiative 'abc' exists.", e.detail());
    }

    @Test
    void aMissingBodyIsA400() {
        assertEquals("x", RestSupport.body("x"));
        ProblemException e = assertThrows(ProblemException.class, () -> RestSupport.body(null));
        assertEquals(400, e.status());
        assertEquals("This request needs a JSON body.", e.detail());
    }

    @Test
    void flagsAreTrueFalseOrAbsent() {
        assertEquals(Boolean.TRUE, RestSupport.bool("stale", " TRUE "));
        assertEquals(Boolean.FALSE, RestSupport.bool("stale", "false"));
        assertNull(RestSupport.bool("stale", ""));
        assertNull(RestSupport.bool("stale", null));
        ProblemException e = assertThrows(ProblemException.class, () -> RestSupport.bool("stale", "yes"));
        assertEquals(List.of(new FieldError("stale", "must be true or false (was 'yes')")), e.errors());
    }

    @Test
    void regionAndLocaleFiltersAreNormalisedOrA400NamingTheParameter() {
        assertEquals("EU", RestSupport.region("region", " eu "));
        assertNull(RestSupport.region("region", " "));
        assertEquals("pt-BR", RestSupport.locale("locale", "pt_br"));
        assertNull(RestSupport.locale("locale", null));
        assertEquals("region", assertThrows(ProblemException.class, () -> RestSupport.region("region", "E"))
                .errors().get(0).field());
        assertEquals("target", assertThrows(ProblemException.class, () -> RestSupport.locale("target", "!!"))
                .errors().get(0).field());
        assertEquals("hate", RestSupport.text("  hate "));
        assertNull(RestSupport.text("   "));
    }

    @Test
    void answersCarryTheVersionAsETagAndCsvIsADownload() {
        Response ok = RestSupport.ok(new Tagged<>("body", 3));
        assertEquals(200, ok.getStatus());
        assertEquals("3", ok.getEntityTag().getValue());

        Response created = RestSupport.created(URI.create("http://localhost/api/x/1"), new Tagged<>("body", 0));
        assertEquals(201, created.getStatus());
        assertEquals("http://localhost/api/x/1", created.getLocation().toString());
        assertEquals("0", created.getEntityTag().getValue());

        Response csv = RestSupport.csv("a,b\n", "learners.csv");
        assertEquals("text/csv; charset=UTF-8", csv.getHeaderString("Content-Type"));
        assertEquals("attachment; filename=\"learners.csv\"", csv.getHeaderString("Content-Disposition"));
    }
}
