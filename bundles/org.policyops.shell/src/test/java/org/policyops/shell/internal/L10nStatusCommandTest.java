package org.policyops.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policyops.api.LocaleTag;
import org.policyops.api.RegionCode;
import org.policyops.api.localization.ContentReadiness;
import org.policyops.api.localization.LocalizationCatalog;
import org.policyops.api.localization.TranslationStatus;

class L10nStatusCommandTest {

    static final LocaleTag EN = LocaleTag.of("en");
    static final LocaleTag DE = LocaleTag.of("de");
    static final LocaleTag FR = LocaleTag.of("fr");

    /** Answers EU with a stale French translation, UK as ready, and no other content. */
    static class Status implements TranslationStatus, LocalizationCatalog {
        final List<String> asked = new ArrayList<>();

        @Override
        public Optional<ContentReadiness> readiness(String contentKey, RegionCode region) {
            asked.add(contentKey + "@" + region);
            if (!contentKey.equals("policy/a/text")) {
                return Optional.empty();
            }
            return Optional.of(region.value().equals("EU")
                    ? new ContentReadiness(contentKey, region, true, EN, "rev1", List.of(EN, DE, FR), List.of(EN, DE), List.of(), List.of(FR), List.of())
                    : new ContentReadiness(contentKey, region, true, EN, "rev1", List.of(EN), List.of(EN), List.of(), List.of(), List.of()));
        }

        @Override
        public List<String> contentKeys(String prefix, int limit) {
            return List.of("policy/a/text");
        }

        @Override
        public List<RegionCode> regions(boolean groupsOnly) {
            return groupsOnly ? List.of(RegionCode.of("EU")) : List.of(RegionCode.of("EU"), RegionCode.of("UK"));
        }
    }

    @Test
    void showsEachRegionGroupWithItsStaleAndMissingLocales() throws Exception {
        L10nStatusCommand command = new L10nStatusCommand();
        Status status = new Status();
        command.status = status;
        command.catalog = status;
        Fakes.parse(command, "policy/a/text");

        String[] lines = Fakes.output(command::print).split("\\R");
        assertEquals(List.of("policy/a/text@EU"), status.asked);
        assertTrue(lines[0].contains("rev1"), lines[0]);
        assertTrue(lines[1].contains("Region") && lines[1].contains("Stale"), lines[1]);
        assertTrue(lines[3].startsWith("EU") && lines[3].contains("no") && lines[3].contains("2/3") && lines[3].contains("fr"), lines[3]);
    }

    @Test
    void allAndNamedRegionsAndUnknownContent() throws Exception {
        L10nStatusCommand command = new L10nStatusCommand();
        Status status = new Status();
        command.status = status;
        command.catalog = status;
        Fakes.parse(command, "--all", "policy/a/text");
        assertTrue(Fakes.output(command::print).contains("UK"));

        L10nStatusCommand named = new L10nStatusCommand();
        named.status = status;
        named.catalog = status;
        Fakes.parse(named, "-r", "uk", "policy/b/text");
        String out = Fakes.output(named::print);
        assertTrue(out.contains("No content 'policy/b/text'") && out.contains("policy/a/text"), out);
    }

    @Test
    void saysSoWhenLocalizationIsNotInstalled() throws Exception {
        L10nStatusCommand command = new L10nStatusCommand();
        Fakes.parse(command, "policy/a/text");
        assertEquals(L10nStatusCommand.NOT_INSTALLED, Fakes.output(command::print).trim());
    }

    @Test
    void contentKeysCompleteFromTheCatalogByWhatWasTyped() {
        List<String> prefixes = new ArrayList<>();
        ContentKeyCompleter completer = new ContentKeyCompleter();
        completer.catalog = new Status() {
            @Override
            public List<String> contentKeys(String prefix, int limit) {
                prefixes.add(prefix);
                return List.of("policy/a/text", "policy/a/statement-of-reasons");
            }
        };
        List<String> candidates = new ArrayList<>();
        org.apache.karaf.shell.api.console.CommandLine line = Fakes.stub(org.apache.karaf.shell.api.console.CommandLine.class,
                java.util.Map.of("getCursorArgument", "policy/a/t", "getArgumentPosition", 10, "getBufferPosition", 10));
        completer.complete(null, line, candidates);
        assertEquals(List.of("policy/a/t"), prefixes);
        assertEquals(List.of("policy/a/text "), candidates);

        List<String> none = new ArrayList<>();
        new ContentKeyCompleter().complete(null, line, none);
        assertEquals(List.of(), none);
    }
}
