package org.policyops.localization.internal.service;

import org.policyops.core.events.EventPoster;
import org.policyops.core.events.EventPosters;
import org.policyops.testing.LocalJpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.policyops.api.LocaleTag;
import org.policyops.api.RegionCode;
import org.policyops.api.SemanticVersion;
import org.policyops.api.localization.ContentKeys;
import org.policyops.api.localization.ContentReadiness;
import org.policyops.api.localization.LocalizationEvents;
import org.policyops.api.localization.RequirementCatalog;
import org.policyops.api.planning.PlanningEvents;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Roles;
import org.policyops.localization.internal.dto.ContentRequest;
import org.policyops.localization.internal.dto.TranslationRequest;
import org.policyops.localization.internal.sample.ReferenceData;
import org.policyops.localization.internal.service.InterchangeService.Format;
import org.policyops.testing.Callers;

/** Staleness, readiness, interchange and permissions against EclipseLink and H2 with the shipped reference data. */
class LocalizationServicesTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final SecurityContext TRANSLATOR = Callers.as("translator", Roles.LOCALIZATION);
    static final SecurityContext LEAD_EU = Callers.as("lead-eu", Roles.REGIONAL_LEAD, "region:EU");
    static final String KEY = ContentKeys.statementOfReasons("hate-speech");
    static final List<String> EU_TRANSLATED = List.of("bg", "cs", "da", "de", "el", "es", "et", "fi", "fr", "ga", "hr", "hu",
            "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv");

    LocalJpa jpa;
    EventAdmin eventAdmin;
    ContentService contents;
    TranslationService translations;
    InterchangeService interchange;
    PolicyVersionListener listener;
    TranslationStatusService status;

    @BeforeEach
    void setUp() {
        jpa = LocalJpa.create(LocalizationUnit.NAME);
        jpa.txExpr(ReferenceData::load);
        eventAdmin = mock(EventAdmin.class);
        EventPoster events = EventPosters.to(eventAdmin);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        contents = new ContentService(jpa, events, clock);
        translations = new TranslationService(jpa, events, clock);
        interchange = new InterchangeService(jpa, events, clock);
        listener = new PolicyVersionListener(jpa, events, clock);
        status = new TranslationStatusService(jpa);
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    void register(String version) {
        contents.create(new ContentRequest(KEY, "en", "We restricted your content under our {policy} policy.", "hate-speech", version), TRANSLATOR);
    }

    void translateAll(String state) {
        for (String locale : EU_TRANSLATED) {
            translations.put(KEY, locale, null, new TranslationRequest("[" + locale + "] text", state, "t." + locale, null), TRANSLATOR);
        }
    }

    ContentReadiness eu() {
        return status.readiness(KEY, RegionCode.of("EU")).orElseThrow();
    }

    @Test
    void theEuIsReadyOnlyWhenAllTwentyFourLanguagesAreReviewedAndCurrent() {
        register("3.1.0");
        assertEquals(24, eu().requiredLocales().size());
        assertEquals(23, eu().missingLocales().size());

        translateAll("TRANSLATED");
        assertEquals(23, eu().unreviewedLocales().size());
        assertFalse(eu().ready());

        translateAll("REVIEWED");
        assertTrue(eu().ready(), eu().toString());
        assertTrue(status.readiness("no/such/content", RegionCode.of("EU")).isEmpty());
        assertFalse(status.readiness(KEY, RegionCode.of("ZZ")).orElseThrow().regionKnown());
    }

    @Test
    void aNewerPolicyVersionMakesEveryTranslationStaleAndSaysWhy() {
        register("3.1.0");
        translateAll("REVIEWED");
        String before = eu().sourceRevision();

        listener.handleEvent(new Event(PlanningEvents.POLICY_VERSION_CREATED,
                Map.of(PlanningEvents.PROP_POLICY_KEY, "hate-speech", PlanningEvents.PROP_VERSION, "3.2.0")));

        ContentReadiness r = eu();
        assertEquals(23, r.staleLocales().size());
        assertFalse(r.ready());
        assertFalse(before.equals(r.sourceRevision()));
        var content = contents.get(KEY).body();
        assertEquals("3.2.0", content.policyVersion());
        assertTrue(content.sourceChangeReason().contains("3.2.0"), content.sourceChangeReason());
        assertEquals(before, content.previousRevision());
        ArgumentCaptor<Event> posted = ArgumentCaptor.forClass(Event.class);
        verify(eventAdmin, atLeastOnce()).postEvent(posted.capture());
        Event changed = posted.getAllValues().stream().filter(e -> e.getTopic().equals(LocalizationEvents.SOURCE_CHANGED))
                .findFirst().orElseThrow();
        assertEquals(String.join(",", EU_TRANSLATED), changed.getProperty(LocalizationEvents.PROP_STALE_LOCALES));
        assertEquals(before, changed.getProperty(LocalizationEvents.PROP_PREVIOUS_REVISION));

        // Redoing a translation from the current revision makes that locale ready again.
        translations.put(KEY, "de", null, new TranslationRequest("neu", "REVIEWED", null, null), TRANSLATOR);
        assertTrue(eu().readyLocales().contains(LocaleTag.of("de")));
        assertEquals(22, eu().staleLocales().size());
    }

    @Test
    void anOlderOrEqualVersionChangesNothing() {
        register("3.1.0");
        translateAll("REVIEWED");
        assertTrue(listener.versionSeen("hate-speech", SemanticVersion.parse("3.1.0"), "was created").isEmpty());
        assertTrue(listener.versionSeen("hate-speech", SemanticVersion.parse("2.0.0"), "was created").isEmpty());
        assertTrue(listener.versionSeen("other-policy", SemanticVersion.parse("9.0.0"), "was created").isEmpty());
        assertTrue(eu().ready());
        verify(eventAdmin, never()).postEvent(org.mockito.ArgumentMatchers.argThat(
                e -> e.getTopic().equals(LocalizationEvents.SOURCE_CHANGED)));
    }

    @Test
    void editingTheSourceTextMakesTranslationsStale() {
        register("3.1.0");
        translateAll("REVIEWED");
        contents.update(KEY, null, new ContentRequest(null, "en", "We removed your content under our {policy} policy.",
                "hate-speech", "3.1.0"), TRANSLATOR);
        assertEquals(23, eu().staleLocales().size());
        assertEquals(23L, translations.summary(KEY).values().stream().mapToLong(m -> m.getOrDefault("STALE", 0L)).sum());
        assertEquals(23, translations.list(new TranslationService.Filter(KEY, null, null, true),
                org.policyops.core.rest.PageRequest.of(null, null, null, TranslationService.SORTABLE, "locale")).total());
    }

    @Test
    void xliffAndPoExportsImportBackUnchanged() {
        register("3.1.0");
        translations.put(KEY, "de", null, new TranslationRequest("Wir & \"ihr\" <b>\r\nneu", "REVIEWED", "h.schmidt", null), TRANSLATOR);
        for (Format format : Format.values()) {
            String file = interchange.export(format, "de", "en", "policy/");
            InterchangeService.ImportResult result = interchange.importFile(format, file, TRANSLATOR);
            assertEquals(new InterchangeService.ImportResult("de", 0, 0, 1, 0), result, format + ":\n" + file);
            assertEquals(file, interchange.export(format, "de", "en", "policy/"));
        }
    }

    @Test
    void anImportWithOneBadUnitWritesNothing() {
        register("3.1.0");
        String revision = contents.get(KEY).body().sourceRevision();
        String po = "msgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n\n"
                + "#. policyops-revision: " + revision + "\nmsgctxt \"" + KEY + "\"\nmsgid \"We restricted your content under our {policy} policy.\"\nmsgstr \"Nous avons restreint.\"\n\n"
                + "msgctxt \"policy/unknown/text\"\nmsgid \"x\"\nmsgstr \"y\"\n";
        ProblemException e = assertThrows(ProblemException.class, () -> interchange.importFile(Format.PO, po, TRANSLATOR));
        assertEquals(400, e.status());
        assertEquals(10, e.extensions().get("line"));
        assertTrue(translations.ofContent(KEY).isEmpty(), "the valid first unit was not kept");

        interchange.importFile(Format.PO, po.substring(0, po.indexOf("msgctxt \"policy/unknown")), TRANSLATOR);
        assertEquals("TRANSLATED", translations.get(KEY, "fr").body().status());
    }

    @Test
    void aRegionalLeadWritesOnlyTheLocalesItsRegionsRequire() {
        register("3.1.0");
        translations.put(KEY, "de", null, new TranslationRequest("ok", "TRANSLATED", null, null), LEAD_EU);
        ProblemException e = assertThrows(ProblemException.class,
                () -> translations.put(KEY, "ja", null, new TranslationRequest("no", "TRANSLATED", null, null), LEAD_EU));
        assertEquals(403, e.status());
    }

    @Test
    void translationsAreValidated() {
        register("3.1.0");
        ProblemException source = assertThrows(ProblemException.class,
                () -> translations.put(KEY, "en", null, new TranslationRequest("x", "REVIEWED", null, null), TRANSLATOR));
        assertEquals("locale", source.errors().get(0).field());
        ProblemException noText = assertThrows(ProblemException.class,
                () -> translations.put(KEY, "de", null, new TranslationRequest(null, "REVIEWED", null, null), TRANSLATOR));
        assertEquals("text", noText.errors().get(0).field());
        ProblemException revision = assertThrows(ProblemException.class,
                () -> translations.put(KEY, "de", null, new TranslationRequest("x", "REVIEWED", null, "deadbeef"), TRANSLATOR));
        assertEquals("sourceRevision", revision.errors().get(0).field());
        ProblemException conflict = assertThrows(ProblemException.class, () -> register("3.1.0"));
        assertEquals(409, conflict.status());
    }

    @Test
    void theRequirementCatalogShipsTheNamedRequirements() {
        RequirementService catalog = new RequirementService(jpa);
        for (String id : List.of(RequirementCatalog.EU_DSA_ART17, RequirementCatalog.EU_DSA_ART14,
                RequirementCatalog.UK_OSA_ILLEGAL_CONTENT_RISK_ASSESSMENT, "EU-DSA-34", "AU-OSA-BOSE", "IN-ITR-3-2")) {
            assertTrue(catalog.find(id).isPresent(), id);
        }
        assertEquals(4, catalog.forRegion(RegionCode.of("EU")).size());
        assertTrue(status.regions(true).containsAll(List.of(RegionCode.of("EU"), RegionCode.of("EMEA"), RegionCode.of("APAC"),
                RegionCode.of("MENA"))));
    }

    @Test
    void theReadyShareKpiAgreesWithTheReadinessOfEveryRegion() {
        LocalizationKpis kpis = new LocalizationKpis(jpa);
        assertTrue(kpis.values(java.time.LocalDate.of(2026, 11, 19)).isEmpty(), "no content: nothing to measure");
        register("3.1.0");
        assertKpiMatchesReadiness(kpis, false);
        translateAll("TRANSLATED");
        assertKpiMatchesReadiness(kpis, false);
        translateAll("REVIEWED");
        assertKpiMatchesReadiness(kpis, true);
    }

    private void assertKpiMatchesReadiness(LocalizationKpis kpis, boolean euReady) {
        Map<String, Double> values = new java.util.TreeMap<>();
        kpis.values(java.time.LocalDate.of(2026, 11, 19))
                .forEach(v -> values.put(v.dimensions().getOrDefault("region", "*"), v.value()));
        List<RegionCode> regions = status.regions(false);
        assertEquals(regions.size() + 1, values.size(), values.toString());
        long ready = 0;
        for (RegionCode r : regions) {
            boolean isReady = status.readiness(KEY, r).orElseThrow().ready();
            assertEquals(isReady ? 1.0 : 0.0, values.get(r.value()), 0, r.value());
            ready += isReady ? 1 : 0;
        }
        assertEquals((double) ready / regions.size(), values.get("*"), 1e-12);
        assertEquals(euReady ? 1.0 : 0.0, values.get("EU"), 0);
    }

    @Test
    void overdueTimelinesAreTheLateOnesTheLongestOverdueFirst() {
        TimelineService timelines = new TimelineService(jpa, Clock.fixed(NOW, ZoneOffset.UTC));
        // NOW is 2026-11-20: JP's translation is 19 days late and its training 5; UK's enforcement start 2 days; US is
        // on time; BR's translation was due earlier but is done.
        timelines.create(new org.policyops.localization.internal.dto.TimelineRequest("child-safety", "2.0", "JP", "2026-11-01",
                null, "2026-11-15", null, "2026-12-15", null, null), TRANSLATOR);
        timelines.create(new org.policyops.localization.internal.dto.TimelineRequest("hate-speech", "3.1", "UK", "2026-10-01",
                "2026-09-30", "2026-10-15", "2026-10-14", "2026-11-18", null, null), TRANSLATOR);
        timelines.create(new org.policyops.localization.internal.dto.TimelineRequest("hate-speech", "3.1", "US", "2026-12-01",
                null, "2026-12-10", null, "2027-01-05", null, null), TRANSLATOR);
        timelines.create(new org.policyops.localization.internal.dto.TimelineRequest("hate-speech", "3.1", "BR", "2026-10-01",
                "2026-10-02", "2026-12-10", null, "2027-01-05", null, null), TRANSLATOR);

        List<org.policyops.api.localization.OverdueTimeline> late = status.overdueTimelines(java.time.LocalDate.parse("2026-11-20"), 10);
        assertEquals(List.of("JP", "UK"), late.stream().map(org.policyops.api.localization.OverdueTimeline::region).toList());
        assertEquals(List.of("translation", "training"), late.get(0).overdue());
        assertEquals(java.time.LocalDate.parse("2026-11-01"), late.get(0).earliestDue());
        assertEquals(19, late.get(0).daysOverdue());
        assertEquals(List.of("enforcement"), late.get(1).overdue());
        assertEquals(2, late.get(1).daysOverdue());
        assertEquals(1, status.overdueTimelines(java.time.LocalDate.parse("2026-11-20"), 1).size());
        assertEquals(List.of(), status.overdueTimelines(java.time.LocalDate.parse("2026-10-01"), 10));
    }
}
