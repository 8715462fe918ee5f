package org.policyops.core.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ETagsTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "  " })
    void aMissingIfMatchHeaderPasses(String header) {
        assertDoesNotThrow(() -> ETags.checkIfMatch(header, 3));
    }

    @Test
    void aStarPasses() {
        assertDoesNotThrow(() -> ETags.checkIfMatch("*", 3));
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"3\"", " \"3\" ", "3", "W/\"3\"", "\"1\", \"3\"", "\"2\",W/\"3\"", "\"1\", *" })
    void aHeaderNamingTheCurrentVersionPasses(String header) {
        assertDoesNotThrow(() -> ETags.checkIfMatch(header, 3));
    }

    @Test
    void aStaleETagIsRefusedWith412() {
        ProblemException e = assertThrows(ProblemException.class, () -> ETags.checkIfMatch("\"2\"", 3));

        assertEquals(412, e.status());
        assertEquals("Precondition failed", e.title());
    }

    @Test
    void theRefusalTellsTheClientTheCurrentETag() {
        ProblemException e = assertThrows(ProblemException.class, () -> ETags.checkIfMatch("\"2\", \"4\"", 3));

        assertEquals("\"3\"", e.extensions().get("currentETag"));
        assertTrue(e.detail().contains("If-Match \"2\", \"4\""), e.detail());
    }

    @Test
    void aVersionThatOnlyStartsLikeTheCurrentOneIsStale() {
        assertThrows(ProblemException.class, () -> ETags.checkIfMatch("\"31\"", 3));
        assertThrows(ProblemException.class, () -> ETags.checkIfMatch("\"\"", 3));
    }

    @Test
    void theETagOfAVersionIsItsNumberQuoted() {
        assertEquals("\"42\"", ETags.of(42).toString());
        assertDoesNotThrow(() -> ETags.checkIfMatch(ETags.of(42).toString(), 42));
    }
}
