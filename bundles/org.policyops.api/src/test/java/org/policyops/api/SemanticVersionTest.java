package org.policyops.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SemanticVersionTest {

    @Test
    void shortFormIsReadWithZeroPatch() {
        assertEquals(new SemanticVersion(3, 1, 0), SemanticVersion.parse("3.1"));
    }

    @Test
    void majorOnlyIsReadWithZeroMinorAndPatch() {
        assertEquals(new SemanticVersion(3, 0, 0), SemanticVersion.parse("3"));
    }

    @Test
    void fullFormIsReadAsGivenAndPrintedBack() {
        assertEquals("10.20.30", SemanticVersion.parse(" 10.20.30 ").toString());
    }

    @Test
    void shortFormPrintsAsFullForm() {
        assertEquals("3.1.0", SemanticVersion.parse("3.1").toString());
    }

    @Test
    void orderingIsNumericNotLexical() {
        assertTrue(SemanticVersion.parse("3.10.0").compareTo(SemanticVersion.parse("3.9.0")) > 0);
        assertTrue(SemanticVersion.parse("10.0.0").compareTo(SemanticVersion.parse("9.99.99")) > 0);
        assertTrue(SemanticVersion.parse("1.0.10").compareTo(SemanticVersion.parse("1.0.9")) > 0);
    }

    @Test
    void sortingAListOrdersByMajorThenMinorThenPatch() {
        List<SemanticVersion> versions = new ArrayList<>();
        for (String v : List.of("3.10.0", "3.9.1", "3.9.0", "1.0", "3.10.2", "2")) {
            versions.add(SemanticVersion.parse(v));
        }
        Collections.sort(versions);
        assertEquals("[1.0.0, 2.0.0, 3.9.0, 3.9.1, 3.10.0, 3.10.2]", versions.toString());
    }

    @Test
    void shortAndFullFormOfTheSameVersionCompareEqual() {
        assertEquals(0, SemanticVersion.parse("3.1").compareTo(SemanticVersion.parse("3.1.0")));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "v1", "1.2.3.4", "01.2", "1.02", "1.2.03", "1.", "1..2", "-1.0.0", "1.2.x", "1.0.0-beta", "1234567.0.0" })
    void malformedVersionsAreRejected(String text) {
        assertThrows(IllegalArgumentException.class, () -> SemanticVersion.parse(text));
    }

    @Test
    void rejectionMessageNamesTheInputAndTheExpectedForm() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SemanticVersion.parse("v1"));
        assertTrue(e.getMessage().contains("'v1'"), e.getMessage());
        assertTrue(e.getMessage().contains("MAJOR.MINOR.PATCH"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({ "-1, 0, 0", "0, -1, 0", "0, 0, -1" })
    void negativeNumbersAreRejected(int major, int minor, int patch) {
        assertThrows(IllegalArgumentException.class, () -> new SemanticVersion(major, minor, patch));
    }
}
