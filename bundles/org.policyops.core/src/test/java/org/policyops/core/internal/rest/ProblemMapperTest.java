package org.policyops.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.persistence.OptimisticLockException;
import javax.persistence.RollbackException;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;
import org.policyops.api.RegionCode;
import org.policyops.core.rest.FieldError;
import org.policyops.core.rest.PolicyOpsRest;
import org.policyops.core.rest.ProblemException;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

class ProblemMapperTest {

    enum Channel { WEB, APP }

    record Item(String name, int reach, Channel channel, Instant start) {
    }

    record Plan(String title, List<Item> items) {
    }

    record Launch(String region) {
        Launch {
            RegionCode.of(region);
        }
    }

    record Launches(List<Launch> launches) {
    }

    /** Parses the JSON as the server does and returns what Jackson throws. */
    private static Exception parseFailure(Class<?> type, String json) {
        return assertThrows(Exception.class, () -> ObjectMappers.create().readValue(json, type));
    }

    @SuppressWarnings("unchecked")
    private static List<FieldError> errors(Map<String, Object> problem) {
        return (List<FieldError>) problem.get("errors");
    }

    // ---- ProblemException

    @Test
    void aProblemExceptionKeepsItsStatusTitleDetailAndErrors() {
        ProblemException e = new ProblemException(422, "Unprocessable", "two things",
                List.of(new FieldError("a", "x"), new FieldError("b", "y")));

        Map<String, Object> problem = ProblemMapper.problemFor(e);

        assertEquals(422, problem.get("status"));
        assertEquals("Unprocessable", problem.get("title"));
        assertEquals("two things", problem.get("detail"));
        assertEquals("about:blank", problem.get("type"));
        assertEquals(List.of(new FieldError("a", "x"), new FieldError("b", "y")), errors(problem));
    }

    @Test
    void anExtensionNeverReplacesAStandardMember() {
        Map<String, Object> problem = ProblemMapper.problemFor(ProblemException.conflict("already approved")
                .with("status", "APPROVED").with("title", "x").with("regionStatus", "APPROVED"));

        assertEquals(409, problem.get("status"));
        assertEquals("Conflict", problem.get("title"));
        assertEquals("APPROVED", problem.get("regionStatus"));
    }

    @Test
    void aProblemWithoutFieldErrorsHasNoErrorsMember() {
        Map<String, Object> problem = ProblemMapper.problemFor(ProblemException.notFound("policy", "spam"));

        assertEquals(404, problem.get("status"));
        assertFalse(problem.containsKey("errors"));
    }

    @Test
    void extensionsBecomeMembersOfTheProblem() {
        Map<String, Object> problem = ProblemMapper.problemFor(
                ProblemException.conflict("taken").with("conflictingId", 17).with("currentETag", "\"4\""));

        assertEquals(17, problem.get("conflictingId"));
        assertEquals("\"4\"", problem.get("currentETag"));
    }

    @Test
    void aProblemExceptionWrappedByTheContainerIsStillFound() {
        RuntimeException wrapped = new RuntimeException("tx", new IllegalStateException(ProblemException.forbidden("no")));

        assertEquals(403, ProblemMapper.problemFor(wrapped).get("status"));
    }

    // ---- JSON

    @Test
    void anUnknownFieldIsNamedByItsPathAndTheKnownFieldsAreListed() {
        Exception e = parseFailure(Plan.class, "{\"items\":[{\"reach\":1},{\"reach\":2},{\"reach\":3,\"reahc\":3}]}");
        assertTrue(e instanceof UnrecognizedPropertyException, e.toString());

        Map<String, Object> problem = ProblemMapper.problemFor(e);

        assertEquals(400, problem.get("status"));
        assertEquals("Invalid request", problem.get("title"));
        FieldError error = errors(problem).get(0);
        assertEquals("items[2].reahc", error.field());
        assertTrue(error.message().startsWith("is not a known field; known fields are"), error.message());
        assertTrue(error.message().contains("reach"), error.message());
    }

    @Test
    void anUnknownEnumValueListsTheAllowedValues() {
        Exception e = parseFailure(Plan.class, "{\"items\":[{\"reach\":1},{\"reach\":2},{\"reach\":3,\"channel\":\"TV\"}]}");
        assertTrue(e instanceof InvalidFormatException, e.toString());

        Map<String, Object> problem = ProblemMapper.problemFor(e);

        assertEquals(List.of(new FieldError("items[2].channel", "cannot be read as one of [WEB, APP] (got TV)")), errors(problem));
        assertEquals("items[2].channel: cannot be read as one of [WEB, APP] (got TV)", problem.get("detail"));
    }

    @Test
    void aMalformedInstantIsReportedAsNeedingAnIsoDate() {
        Exception e = parseFailure(Plan.class, "{\"items\":[{\"reach\":1,\"start\":\"next tuesday\"}]}");
        assertTrue(e instanceof InvalidFormatException, e.toString());

        FieldError error = errors(ProblemMapper.problemFor(e)).get(0);

        assertEquals("items[0].start", error.field());
        assertTrue(error.message().startsWith("cannot be read as an ISO-8601 date or time"), error.message());
    }

    @Test
    void textWhereANumberBelongsNamesTheFieldPath() {
        Exception e = parseFailure(Plan.class, "{\"items\":[{\"reach\":1},{\"reach\":2},{\"reach\":\"lots\"}]}");
        assertTrue(e instanceof MismatchedInputException, e.toString());

        assertEquals(List.of(new FieldError("items[2].reach", "has the wrong type; expected a number")),
                errors(ProblemMapper.problemFor(e)));
    }

    @Test
    void anObjectWhereAListBelongsSaysAListIsExpected() {
        Map<String, Object> problem = ProblemMapper.problemFor(parseFailure(Plan.class, "{\"items\":{}}"));

        assertEquals(List.of(new FieldError("items", "has the wrong type; expected a list")), errors(problem));
    }

    @Test
    void aValueRefusedByItsConstructorReportsTheConstructorsMessage() {
        Exception e = parseFailure(Launches.class, "{\"launches\":[{\"region\":\"EU\"},{\"region\":\"?\"}]}");
        assertTrue(e instanceof ValueInstantiationException, e.toString());

        FieldError error = errors(ProblemMapper.problemFor(e)).get(0);

        assertEquals("launches[1]", error.field());
        assertTrue(error.message().startsWith("'?' is not a region code"), error.message());
    }

    @Test
    void syntacticallyBrokenJsonIsReportedWithItsPosition() {
        Exception e = parseFailure(Plan.class, "{\n  \"title\": }");
        assertTrue(e instanceof JsonParseException, e.toString());

        Map<String, Object> problem = ProblemMapper.problemFor(e);

        assertEquals(400, problem.get("status"));
        assertEquals("Malformed JSON", problem.get("title"));
        assertTrue(((String) problem.get("detail")).contains("at line 2, column"), (String) problem.get("detail"));
        assertFalse(problem.containsKey("errors"));
    }

    // ---- persistence and JAX-RS

    @Test
    void anOptimisticLockFailureIsAConflict() {
        Exception e = new RollbackException("commit failed", new OptimisticLockException("row 17 of PLAN was updated"));

        Map<String, Object> problem = ProblemMapper.problemFor(e);

        assertEquals(409, problem.get("status"));
        assertEquals("Conflict", problem.get("title"));
        assertFalse(((String) problem.get("detail")).contains("PLAN"));
    }

    @Test
    void anUnknownPathIs404() {
        Map<String, Object> problem = ProblemMapper.problemFor(new NotFoundException());

        assertEquals(404, problem.get("status"));
        assertTrue(((String) problem.get("detail")).contains("/api"));
    }

    @Test
    void anUnacceptableAcceptIs406WithoutClaimingOnlyJsonExists() {
        Map<String, Object> problem = ProblemMapper.problemFor(new javax.ws.rs.NotAcceptableException());
        assertEquals(406, problem.get("status"));
        assertEquals("Not acceptable", problem.get("title"));
        assertTrue(((String) problem.get("detail")).contains("application/json; some also offer other formats"));
    }

    @Test
    void anUnsupportedMethodIs405() {
        assertEquals(405, ProblemMapper.problemFor(new NotAllowedException("GET", new String[] { "POST" })).get("status"));
    }

    @Test
    void anUnsupportedMediaTypeIs415() {
        Map<String, Object> problem = ProblemMapper.problemFor(new NotSupportedException());

        assertEquals(415, problem.get("status"));
        assertEquals("This resource does not take a body of that Content-Type.", problem.get("detail"));
    }

    @Test
    void aNumberOutOfRangeNamesItsField() throws Exception {
        Exception e = assertThrows(Exception.class,
                () -> ObjectMappers.create().readValue("{\"reach\": 99999999999999999999}", Sized.class));
        Map<String, Object> problem = ProblemMapper.problemFor(e);
        assertEquals(400, problem.get("status"));
        assertEquals("reach: is out of range for a number", problem.get("detail"));
    }

    record Sized(Integer reach) {
    }

    @Test
    void valuesRepeatedInAnAnswerAreShort() throws Exception {
        Exception e = assertThrows(Exception.class,
                () -> ObjectMappers.create().readValue("{\"reach\": \"" + "9".repeat(1000) + "x\"}", Sized.class));
        String detail = (String) ProblemMapper.problemFor(e).get("detail");
        assertTrue(detail.length() < 120, detail);
    }

    @Test
    void otherClientErrorsKeepTheirStatusAndReasonPhrase() {
        Map<String, Object> problem = ProblemMapper.problemFor(new WebApplicationException(Response.Status.GONE));

        assertEquals(410, problem.get("status"));
        assertEquals("Gone", problem.get("title"));
    }

    // ---- unexpected errors

    @Test
    void anUnexpectedErrorIs500WithAProblemIdAndNoInternals() {
        RuntimeException e = new IllegalStateException("password=hunter2 in SELECT * FROM users");

        Map<String, Object> problem = ProblemMapper.problemFor(e);

        assertEquals(500, problem.get("status"));
        String id = (String) problem.get("problemId");
        assertNotNull(id);
        assertEquals(id, UUID.fromString(id).toString());
        String detail = (String) problem.get("detail");
        assertTrue(detail.contains(id), detail);
        assertFalse(problem.toString().contains("hunter2"), problem.toString());
        assertFalse(problem.toString().contains("IllegalStateException"), problem.toString());
    }

    @Test
    void everyUnexpectedErrorGetsItsOwnProblemId() {
        Object first = ProblemMapper.problemFor(new RuntimeException()).get("problemId");
        Object second = ProblemMapper.problemFor(new RuntimeException()).get("problemId");

        assertFalse(first.equals(second));
    }

    // ---- the HTTP response

    @Test
    void theResponseIsProblemJsonWithTheRequestPathAsInstance() {
        ProblemMapper mapper = new ProblemMapper();
        mapper.uriInfo = mock(UriInfo.class);
        when(mapper.uriInfo.getRequestUri()).thenReturn(URI.create("http://localhost:8181/api/plans/7?x=1"));

        Response response = mapper.toResponse(ProblemException.notFound("plan", 7));

        assertEquals(404, response.getStatus());
        assertEquals(PolicyOpsRest.PROBLEM_JSON, response.getMediaType().toString());
        assertEquals("/api/plans/7", ((Map<?, ?>) response.getEntity()).get("instance"));
    }

    @Test
    void a401AsksForBasicAuthentication() {
        Response response = new ProblemMapper().toResponse(new ProblemException(401, "Unauthorized", "log in"));

        assertEquals(401, response.getStatus());
        assertTrue(response.getHeaderString("WWW-Authenticate").startsWith("Basic realm="));
    }

    @Test
    void a405KeepsTheAllowHeaderOfTheOriginalResponse() {
        Response response = new ProblemMapper().toResponse(new NotAllowedException("GET", new String[0]));

        assertEquals(405, response.getStatus());
        assertEquals("GET", response.getHeaderString("Allow"));
    }

    @Test
    void otherResponsesCarryNoAuthenticationChallenge() {
        Response response = new ProblemMapper().toResponse(ProblemException.forbidden("no"));

        assertNull(response.getHeaderString("WWW-Authenticate"));
    }

    @Test
    void databaseChecksAre400ForAValueAnd409ForAConflict() {
        RuntimeException tooLong = new RuntimeException("Exception [EclipseLink-4002]",
                new java.sql.SQLException("Value too long for column \"TRANSLATED_TEXT\"", "22001"));
        Map<String, Object> p = ProblemMapper.problemFor(tooLong);
        assertEquals(400, p.get("status"));
        assertTrue(((String) p.get("detail")).contains("nothing was stored"), (String) p.get("detail"));
        assertEquals(409, ProblemMapper.problemFor(new RuntimeException(
                new java.sql.SQLException("Unique index or primary key violation", "23505"))).get("status"));
        assertEquals(500, ProblemMapper.problemFor(new RuntimeException(
                new java.sql.SQLException("Connection is broken", "08003"))).get("status"));
    }
}
