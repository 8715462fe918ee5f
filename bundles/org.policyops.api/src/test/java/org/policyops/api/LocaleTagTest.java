package org.policyops.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LocaleTagTest {

    @ParameterizedTest
    @CsvSource({
            "pt_br, pt-BR",
            "PT-br, pt-BR",
            "de, de",
            "DE, de",
            "zh-hant-tw, zh-Hant-TW",
            "' en_GB ', en-GB",
    })
    void inputIsKeptInCanonicalBcp47Form(String input, String canonical) {
        assertEquals(canonical, LocaleTag.of(input).value());
    }

    @Test
    void tagsDifferingOnlyInSpellingAreEqual() {
        assertEquals(LocaleTag.of("pt-BR"), LocaleTag.of("pt_br"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "   ", "not a locale", "e", "english!", "de--DE", "123" })
    void garbageIsRejected(String text) {
        assertThrows(IllegalArgumentException.class, () -> LocaleTag.of(text));
    }

    @Test
    void aTagWithoutLanguageSubtagIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LocaleTag.of("x-private"));
        assertTrue(e.getMessage().contains("no language subtag"), e.getMessage());
    }

    @Test
    void rejectionMessageSuggestsAValidTag() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LocaleTag.of("not a locale"));
        assertTrue(e.getMessage().contains("'not-a-locale'") || e.getMessage().contains("not a locale"), e.getMessage());
        assertTrue(e.getMessage().contains("pt-BR"), e.getMessage());
    }

    @Test
    void convertsToTheMatchingJavaLocale() {
        Locale locale = LocaleTag.of("pt_br").toLocale();
        assertEquals("pt", locale.getLanguage());
        assertEquals("BR", locale.getCountry());
    }
}
