package org.policyops.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyRefTest {

    @Test
    void parsesKeyAndVersion() {
        PolicyRef ref = PolicyRef.parse("hate-speech@3.1.0");
        assertEquals("hate-speech", ref.key());
        assertEquals(Optional.of(new SemanticVersion(3, 1, 0)), ref.optionalVersion());
    }

    @Test
    void parsesShortVersionAfterTheAt() {
        assertEquals(new SemanticVersion(3, 1, 0), PolicyRef.parse("hate-speech@3.1").version());
    }

    @Test
    void parsesAKeyWithoutVersion() {
        PolicyRef ref = PolicyRef.parse("hate-speech");
        assertEquals("hate-speech", ref.key());
        assertEquals(Optional.empty(), ref.optionalVersion());
    }

    @Test
    void whitespaceAroundKeyAndVersionIsIgnored() {
        assertEquals(PolicyRef.parse("spam@2.0.0"), PolicyRef.parse(" spam @ 2.0 "));
    }

    @Test
    void printsBackInTheSyntaxItWasParsedFrom() {
        assertEquals("hate-speech@3.1.0", PolicyRef.parse("hate-speech@3.1").toString());
        assertEquals("hate-speech", PolicyRef.parse("hate-speech").toString());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "Hate-Speech", "-spam", "spam-", "hate speech", "hate_speech", "@1.0.0", "spam@", "spam@v1", "spam@1@2" })
    void malformedReferencesAreRejected(String text) {
        assertThrows(IllegalArgumentException.class, () -> PolicyRef.parse(text));
    }

    @Test
    void keysOfUpToSixtyFourCharactersAreAccepted() {
        String key = "a".repeat(64);
        assertEquals(key, PolicyRef.parse(key).key());
        assertThrows(IllegalArgumentException.class, () -> PolicyRef.parse(key + "a"));
    }

    @Test
    void rejectionMessageNamesTheKeyAndShowsAnExample() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolicyRef.of("Spam"));
        assertTrue(e.getMessage().contains("'Spam'"), e.getMessage());
        assertTrue(e.getMessage().contains("hate-speech"), e.getMessage());
    }
}
