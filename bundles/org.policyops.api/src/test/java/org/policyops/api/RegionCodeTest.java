package org.policyops.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

    @Test
    void lowerCaseInputIsAcceptedAndNormalisedToUpperCase() {
        assertEquals("DE", RegionCode.of("de").value());
        assertEquals("APAC", RegionCode.of("apac").value());
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertEquals(new RegionCode("EU"), RegionCode.of("  eu\t"));
    }

    @Test
    void codesDifferingOnlyInCaseAreEqual() {
        assertEquals(RegionCode.of("Br"), RegionCode.of("BR"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "D", "1A", "EU-WEST", "DE.", "TOOLONGREGIONNAME", "E U", "_EU" })
    void malformedCodesAreRejected(String text) {
        assertThrows(IllegalArgumentException.class, () -> RegionCode.of(text));
    }

    @Test
    void theConstructorDoesNotNormaliseLowerCase() {
        assertThrows(IllegalArgumentException.class, () -> new RegionCode("de"));
    }

    @Test
    void rejectionMessageNamesTheInputAndShowsValidExamples() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RegionCode.of("e"));
        assertTrue(e.getMessage().contains("'E'"), e.getMessage());
        assertTrue(e.getMessage().contains("DE"), e.getMessage());
        assertTrue(e.getMessage().contains("EU"), e.getMessage());
    }

    @Test
    void groupCodesWithDigitsAndUnderscoresUpToSixteenCharactersAreAccepted() {
        assertEquals("EMEA_2", RegionCode.of("emea_2").value());
        assertEquals("ABCDEFGHIJKLMNOP", RegionCode.of("abcdefghijklmnop").value());
    }

    @Test
    void onlyTwoLetterCodesAreCountries() {
        assertTrue(RegionCode.of("DE").isCountry());
        assertFalse(RegionCode.of("EU_").isCountry());
        assertFalse(RegionCode.of("EMEA").isCountry());
    }

    @Test
    void codesSortAlphabetically() {
        TreeSet<RegionCode> sorted = new TreeSet<>(List.of(RegionCode.of("us"), RegionCode.of("apac"), RegionCode.of("de")));
        assertEquals("[APAC, DE, US]", sorted.toString());
    }
}
