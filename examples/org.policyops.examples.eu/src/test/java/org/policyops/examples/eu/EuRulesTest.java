package org.policyops.examples.eu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.policyops.testkit.Launches;
import org.policyops.testkit.RuleContexts;
import org.policyops.api.LocaleTag;
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.LaunchRegionView;
import org.policyops.api.compliance.LaunchView;
import org.policyops.api.compliance.RuleContext;
import org.policyops.api.compliance.RuleResult;
import org.policyops.api.compliance.Verdict;
import org.policyops.api.localization.ContentKeys;
import org.policyops.api.localization.ContentReadiness;
import org.policyops.api.localization.TranslationStatus;
import org.policyops.api.training.CoverageInfo;
import org.policyops.api.training.TrainingCoverage;

class EuRulesTest {

    private static final RegionCode EU = RegionCode.of("EU");
    private static final RegionCode BE = RegionCode.of("BE");

    /** A launch of hate-speech 3.1.0 to the region on 2027-03-01, judged there; no optional service unless added. */
    static RuleContexts context(RegionCode region) {
        return RuleContexts.forLaunch(Launches.launch().id(7).title("Hate speech v3.1").policy("hate-speech", "3.1.0")
                .region(region.value(), LocalDate.of(2027, 3, 1))).now(Instant.parse("2026-11-20T00:00:00Z"));
    }

    private static List<LocaleTag> tags(String... values) {
        List<LocaleTag> tags = new ArrayList<>();
        for (String v : values) {
            tags.add(LocaleTag.of(v));
        }
        return tags;
    }

    private static ContentReadiness readiness(String key, RegionCode region, List<LocaleTag> ready, List<LocaleTag> stale,
            List<LocaleTag> unreviewed) {
        return new ContentReadiness(key, region, true, LocaleTag.of("en"), "r1", ready, ready, List.of(), stale, unreviewed);
    }

    private static String text(RuleResult r) {
        return r.findings().stream().map(f -> f.message() + " | " + f.evidence()).collect(Collectors.joining("\n"));
    }

    @Test
    void translationsAreNotApplicableWithoutLocalization() {
        RuleResult r = new TranslationsRule().evaluate(context(EU).build());
        assertEquals(Verdict.NOT_APPLICABLE, r.verdict());
        assertTrue(text(r).contains("localization feature is not installed"), text(r));
    }

    @Test
    void translationsPassWhenEveryLanguageOfTheMemberStatesIsReady() {
        TranslationStatus status = mock(TranslationStatus.class);
        when(status.readiness(any(), eq(BE))).thenAnswer(i -> Optional.of(
                readiness(i.getArgument(0), BE, tags("nl-BE", "fr", "de"), List.of(), List.of())));
        RuleResult r = new TranslationsRule().evaluate(context(BE).service(TranslationStatus.class, status).build());
        assertEquals(Verdict.PASS, r.verdict(), text(r));
        assertTrue(text(r).contains("ready in all 3 languages"), text(r));
    }

    @Test
    void translationsFailListingMissingStaleAndUnreviewedLanguages() {
        TranslationStatus status = mock(TranslationStatus.class);
        String policyText = ContentKeys.policyText("hate-speech");
        // All 24 but Irish, Maltese (stale) and Croatian (unreviewed); the statement of reasons is not registered.
        when(status.readiness(policyText, EU)).thenReturn(Optional.of(readiness(policyText, EU,
                tags("bg", "cs", "da", "de", "el", "es", "et", "fi", "fr", "hu", "it", "lt", "lv", "nl", "pl", "pt", "ro", "sk", "sl", "sv"),
                tags("mt"), tags("hr"))));
        when(status.readiness(ContentKeys.statementOfReasons("hate-speech"), EU)).thenReturn(Optional.empty());
        RuleResult r = new TranslationsRule().evaluate(context(EU).service(TranslationStatus.class, status).build());
        assertEquals(Verdict.FAIL, r.verdict());
        String t = text(r);
        assertTrue(t.contains("not ready in 3 of 24 languages"), t);
        assertTrue(t.contains("missing: ga"), t);
        assertTrue(t.contains("stale (made from an older source): mt"), t);
        assertTrue(t.contains("not reviewed: hr"), t);
        assertTrue(t.contains("statement-of-reasons template is not registered"), t);
    }

    @Test
    void theEuHasTwentyFourOfficialLanguagesAcrossTwentySevenStates() {
        assertEquals(27, EuMemberStates.LANGUAGES.size());
        assertEquals(24, EuMemberStates.languages(EU).orElseThrow().size());
        assertTrue(EuMemberStates.languages(RegionCode.of("US")).isEmpty());
    }

    private static CoverageInfo coverage(RegionCode region, long inScope, long certified) {
        return new CoverageInfo("hate-speech", "3.1.0", region, "moderator", inScope, certified,
                inScope == 0 ? null : (double) certified / inScope, null, null);
    }

    private static RuleContext withTraining(RegionCode region, TrainingCoverage training) {
        return context(region).service(TrainingCoverage.class, training).build();
    }

    @Test
    void trainingIsNotApplicableWithoutTheTrainingFeature() {
        assertEquals(Verdict.NOT_APPLICABLE, new ModeratorTrainingRule().evaluate(context(EU).build()).verdict());
    }

    @Test
    void trainingPassesAtNinetyPercentAndFailsBelowWithFigures() {
        TrainingCoverage training = mock(TrainingCoverage.class);
        when(training.coverage("hate-speech", BE, "moderator")).thenReturn(coverage(BE, 20, 18));
        RuleResult pass = new ModeratorTrainingRule().evaluate(withTraining(BE, training));
        assertEquals(Verdict.PASS, pass.verdict(), text(pass));
        assertTrue(text(pass).contains("18 of 20 moderators certified on version 3.1.0 (90.0%"), text(pass));

        when(training.coverage("hate-speech", BE, "moderator")).thenReturn(coverage(BE, 20, 17));
        RuleResult fail = new ModeratorTrainingRule().evaluate(withTraining(BE, training));
        assertEquals(Verdict.FAIL, fail.verdict());
        assertTrue(text(fail).contains("1 more must be certified"), text(fail));
    }

    @Test
    void theEuCountsModeratorsOfEveryMemberStateTogether() {
        TrainingCoverage training = mock(TrainingCoverage.class);
        when(training.coverage(eq("hate-speech"), any(RegionCode.class), eq("moderator")))
                .thenAnswer(i -> coverage(i.getArgument(1), 0, 0));
        when(training.coverage("hate-speech", EU, "moderator")).thenReturn(coverage(EU, 10, 10));
        when(training.coverage("hate-speech", RegionCode.of("DE"), "moderator")).thenReturn(coverage(RegionCode.of("DE"), 10, 7));
        RuleResult r = new ModeratorTrainingRule().evaluate(withTraining(EU, training));
        assertEquals(Verdict.FAIL, r.verdict());
        assertTrue(text(r).contains("17 of 20 moderators certified"), text(r));
    }

    @Test
    void nobodyInScopeFails() {
        TrainingCoverage training = mock(TrainingCoverage.class);
        when(training.coverage("hate-speech", BE, "moderator")).thenReturn(coverage(BE, 0, 0));
        RuleResult r = new ModeratorTrainingRule().evaluate(withTraining(BE, training));
        assertEquals(Verdict.FAIL, r.verdict());
        assertTrue(text(r).contains("No moderators are recorded for BE"), text(r));
    }
}
