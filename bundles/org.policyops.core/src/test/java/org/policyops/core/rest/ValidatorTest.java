package org.policyops.core.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyops.api.RegionCode;
import org.policyops.api.SemanticVersion;

class ValidatorTest {

    private final Validator v = new Validator();

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void collectsEveryErrorInsteadOfStoppingAtTheFirst() {
        v.requireText("title", " ", 100);
        v.require("owner", null);
        v.positive("reach", -3);

        assertFalse(v.isValid());
        assertEquals(List.of("title", "owner", "reach"), fields(v.errors()));
    }

    @Test
    void aValidatorWithoutErrorsDoesNotThrow() {
        v.requireText("title", "Hate speech", 100);
        v.range("share", 0.5, 0, 1);

        assertTrue(v.isValid());
        assertDoesNotThrow(v::throwIfInvalid);
    }

    @Test
    void throwIfInvalidThrowsA400ProblemNamingEachField() {
        v.reject("title", "is required").reject("regions[0]", "is not a region code");

        ProblemException e = assertThrows(ProblemException.class, v::throwIfInvalid);

        assertEquals(400, e.status());
        assertEquals("Invalid request", e.title());
        assertEquals(List.of(new FieldError("title", "is required"), new FieldError("regions[0]", "is not a region code")),
                e.errors());
        assertEquals("2 fields are invalid; see errors.", e.detail());
    }

    @Test
    void aSingleErrorIsSpelledOutInTheDetail() {
        v.reject("title", "is required");

        ProblemException e = assertThrows(ProblemException.class, v::throwIfInvalid);

        assertEquals("title: is required", e.detail());
    }

    @Test
    void requireTextTrimsAndRejectsMissingOrBlankText() {
        assertEquals("Spam", v.requireText("title", "  Spam \n", 10));
        assertNull(v.requireText("summary", "   ", 10));
        assertNull(v.requireText("owner", null, 10));

        assertEquals(List.of(new FieldError("summary", "is required"), new FieldError("owner", "is required")), v.errors());
    }

    @Test
    void textLongerThanTheMaximumIsRejectedWithItsLength() {
        v.optionalText("title", "abcdef", 5);

        assertEquals(List.of(new FieldError("title", "must be at most 5 characters (was 6)")), v.errors());
    }

    @Test
    void surroundingWhitespaceDoesNotCountTowardsTheMaximumLength() {
        assertEquals("abcde", v.optionalText("title", "  abcde  ", 5));
        assertTrue(v.isValid());
    }

    @Test
    void optionalTextTurnsBlankIntoNullWithoutError() {
        assertNull(v.optionalText("summary", "   ", 5));
        assertNull(v.optionalText("summary", null, 5));
        assertTrue(v.isValid());
    }

    @Test
    void parseRecordsTheParsersMessageAgainstTheField() {
        assertNull(v.parse("version", "v1", SemanticVersion::parse));

        assertEquals(1, v.errors().size());
        assertEquals("version", v.errors().get(0).field());
        assertTrue(v.errors().get(0).message().contains("'v1' is not a version"), v.errors().get(0).message());
    }

    @Test
    void parseLeavesNullAlone() {
        assertNull(v.parse("version", null, SemanticVersion::parse));
        assertTrue(v.isValid());
    }

    @Test
    void parseAllNamesTheIndexOfEachBadElement() {
        List<RegionCode> parsed = v.parseAll("regions", List.of("de", "?", "eu", "x"), RegionCode::of);

        assertEquals(List.of(RegionCode.of("DE"), RegionCode.of("EU")), parsed);
        assertEquals(List.of("regions[1]", "regions[3]"), fields(v.errors()));
    }

    @Test
    void parseAllRejectsNullElements() {
        v.parseAll("regions", Arrays.asList("de", null), RegionCode::of);

        assertEquals(List.of(new FieldError("regions[1]", "must not be null")), v.errors());
    }

    @Test
    void parseAllOfNullIsAnEmptyList() {
        assertEquals(List.of(), v.parseAll("regions", null, RegionCode::of));
        assertTrue(v.isValid());
    }

    @Test
    void rangeReportsBoundsWithoutTrailingZeros() {
        v.range("share", 1.5, 0, 1);
        v.range("ok", 1, 0, 1);

        assertEquals(List.of(new FieldError("share", "must be between 0 and 1 (was 1.5)")), v.errors());
    }

    @Test
    void positiveRejectsZeroAndNegativeButIgnoresNull() {
        v.positive("a", 0);
        v.positive("b", -0.5);
        v.positive("c", null);
        v.positive("d", 0.001);

        assertEquals(List.of("a", "b"), fields(v.errors()));
    }

    @Test
    void errorsCannotBeChangedFromOutside() {
        v.reject("title", "is required");

        assertThrows(UnsupportedOperationException.class, () -> v.errors().clear());
        assertFalse(v.isValid());
    }
}
