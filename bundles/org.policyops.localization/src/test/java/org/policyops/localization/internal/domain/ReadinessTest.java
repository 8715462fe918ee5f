package org.policyops.localization.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policyops.api.LocaleTag;
import org.policyops.api.RegionCode;
import org.policyops.api.localization.ContentReadiness;

class ReadinessTest {

    static final LocaleTag EN = LocaleTag.of("en");
    static final LocaleTag DE = LocaleTag.of("de");
    static final LocaleTag FR = LocaleTag.of("fr");
    static final LocaleTag IT = LocaleTag.of("it");
    static final LocaleTag PL = LocaleTag.of("pl");
    static final LocaleTag PT_BR = LocaleTag.of("pt-BR");
    static final RegionCode EU = RegionCode.of("EU");

    final String current = Revisions.of("en", "2.0.0", "Source text");
    final String old = Revisions.of("en", "1.0.0", "Source text");

    @Test
    void eachLocaleIsSortedIntoExactlyOneList() {
        Map<LocaleTag, Readiness.Fact> facts = new HashMap<>();
        facts.put(DE, new Readiness.Fact(TranslationState.REVIEWED, current));
        facts.put(FR, new Readiness.Fact(TranslationState.REVIEWED, old));
        facts.put(IT, new Readiness.Fact(TranslationState.TRANSLATED, current));
        facts.put(PL, new Readiness.Fact(TranslationState.IN_PROGRESS, current));

        ContentReadiness r = Readiness.of("policy/x/text", EU, List.of(EN, DE, FR, IT, PL, PT_BR), EN, current, facts);

        assertEquals(List.of(EN, DE), r.readyLocales(), "the source locale and a reviewed current translation are ready");
        assertEquals(List.of(FR), r.staleLocales(), "reviewed, but from the old revision");
        assertEquals(List.of(IT), r.unreviewedLocales());
        assertEquals(List.of(PL, PT_BR), r.missingLocales(), "in progress and absent both count as missing");
        assertTrue(r.regionKnown());
        assertFalse(r.ready());
        assertEquals(current, r.sourceRevision());
    }

    @Test
    void aStaleTranslationIsNeverReadyWhateverItsStatus() {
        for (TranslationState s : List.of(TranslationState.IN_PROGRESS, TranslationState.TRANSLATED, TranslationState.REVIEWED)) {
            assertEquals(Readiness.LocaleState.STALE, Readiness.state(DE, EN, current, new Readiness.Fact(s, old)), s.name());
        }
        assertEquals(Readiness.LocaleState.MISSING,
                Readiness.state(DE, EN, current, new Readiness.Fact(TranslationState.MISSING, old)));
    }

    @Test
    void readyWhenEveryRequiredLocaleIsReviewedAndCurrent() {
        Map<LocaleTag, Readiness.Fact> facts = Map.of(DE, new Readiness.Fact(TranslationState.REVIEWED, current),
                FR, new Readiness.Fact(TranslationState.REVIEWED, current));
        assertTrue(Readiness.of("k", EU, List.of(EN, DE, FR), EN, current, facts).ready());
    }

    @Test
    void localesMatchExactly() {
        Map<LocaleTag, Readiness.Fact> facts = Map.of(LocaleTag.of("pt"), new Readiness.Fact(TranslationState.REVIEWED, current));
        assertEquals(List.of(PT_BR), Readiness.of("k", RegionCode.of("BR"), List.of(PT_BR), EN, current, facts).missingLocales());
    }

    @Test
    void anUnknownRegionRequiresNothingAndIsNotReady() {
        ContentReadiness r = Readiness.of("k", RegionCode.of("XX"), null, EN, current, Map.of());
        assertFalse(r.regionKnown());
        assertFalse(r.ready());
        assertTrue(r.requiredLocales().isEmpty());
    }

    @Test
    void theRevisionChangesWithTextLocaleAndPolicyVersionOnly() {
        assertEquals(current, Revisions.of("en", "2.0.0", "Source text"));
        assertNotEquals(current, Revisions.of("en", "2.0.0", "Source text."));
        assertNotEquals(current, Revisions.of("de", "2.0.0", "Source text"));
        assertNotEquals(current, old);
        assertNotEquals(Revisions.of("en", null, "ab"), Revisions.of("en", "a", "b"), "parts are kept apart");
        assertEquals(20, current.length());
    }
}
