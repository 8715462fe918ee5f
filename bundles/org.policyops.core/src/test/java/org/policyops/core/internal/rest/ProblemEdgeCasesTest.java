package org.policyops.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.ws.rs.NotAllowedException;
import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.policyops.api.RegionCode;
import org.policyops.core.rest.ProblemException;

/** Error cases that once went wrong: looping causes, several allowed methods, wrong-shaped JSON, fractions, null extensions. */
class ProblemEdgeCasesTest {

    record Item(String name, int reach) {
    }

    record Launch(String region) {
        Launch {
            RegionCode.of(region);
        }
    }

    // ProblemMapper.find/findByName only stop on a throwable that is its own cause.
    @Test
    void aCauseChainThatLoopsDoesNotHangTheMapper() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);

        assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertEquals(500, ProblemMapper.problemFor(new RuntimeException(b)).get("status")));
    }

    // ProblemMapper.toResponse copies only getHeaders().getFirst("Allow").
    @Test
    void a405ListsEveryAllowedMethod() {
        Response response = new ProblemMapper().toResponse(new NotAllowedException("GET", new String[] { "POST", "PUT" }));

        List<Object> allow = response.getHeaders().get("Allow");
        assertEquals(3, allow == null ? 0 : allow.size(), String.valueOf(allow));
    }

    // ProblemMapper.jsonProblem: a mapping error with an empty path is reported as "Malformed JSON".
    @Test
    void aTopLevelValueRefusedByItsConstructorIsNotCalledMalformedJson() {
        Exception e = assertThrows(Exception.class, () -> ObjectMappers.create().readValue("{\"region\":\"?\"}", Launch.class));

        Map<String, Object> problem = ProblemMapper.problemFor(e);

        assertEquals("Invalid request", problem.get("title"));
        String detail = (String) problem.get("detail");
        assertFalse(detail.contains("not valid JSON"), detail);
        assertFalse(detail.contains("org.policyops"), detail);
    }

    @Test
    void validJsonOfTheWrongShapeIsNotCalledMalformedAndLeaksNoClassNames() {
        Exception e = assertThrows(Exception.class, () -> ObjectMappers.create().readValue("[]", Item.class));

        String detail = (String) ProblemMapper.problemFor(e).get("detail");
        assertFalse(detail.contains("not valid JSON"), detail);
        assertFalse(detail.contains("org.policyops"), detail);
    }

    // ObjectMappers: ACCEPT_FLOAT_AS_INT is still enabled.
    @Test
    void aFractionForAWholeNumberIsRefusedNotTruncated() {
        assertThrows(Exception.class, () -> ObjectMappers.create().readValue("{\"reach\":1.5}", Item.class));
    }

    // ProblemException.extensions() uses Map.copyOf, which refuses null values.
    @Test
    void aNullExtensionDoesNotBreakTheProblemDocument() {
        ProblemException e = ProblemException.conflict("taken").with("conflictingId", null);

        assertEquals(409, ProblemMapper.problemFor(e).get("status"));
    }
}
