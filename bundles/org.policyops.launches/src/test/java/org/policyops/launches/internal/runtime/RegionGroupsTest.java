package org.policyops.launches.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.EvidenceView;
import org.policyops.api.compliance.Finding;
import org.policyops.api.compliance.LaunchRegionView;
import org.policyops.api.compliance.LaunchView;
import org.policyops.api.compliance.RuleResult;
import org.policyops.api.compliance.Severity;
import org.policyops.api.launches.RegionReadiness;
import org.policyops.api.launches.RuleEvaluation;
import org.policyops.api.localization.LocalizationCatalog;
import org.policyops.launches.internal.testing.TestRule;

/** Rules for a region group apply to its members when localization says who they are; exact match without it. */
class RegionGroupsTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final RegionCode DE = RegionCode.of("DE");
    static final RegionCode EU = RegionCode.of("EU");
    static final LaunchView LAUNCH = new LaunchView(3, "Hate speech v3.1", "hate-speech", "3.1.0", "PLANNED",
            List.of(new LaunchRegionView(DE, LocalDate.of(2027, 1, 18), "PLANNED", null, null)),
            List.of(new EvidenceView("EU-DSA-17", EU, "hate-speech", null, "doc-1", "whole policy", "a", NOW),
                    new EvidenceView("EU-DSA-17", DE, "hate-speech", "3.1.0", "doc-2", "this version", "a", NOW),
                    new EvidenceView("EU-DSA-17", DE, "hate-speech", "3.0.0", "doc-3", "an older version", "a", NOW),
                    new EvidenceView("EU-DSA-14", DE, "hate-speech", "3.1.0", "doc-4", "another requirement", "a", NOW),
                    new EvidenceView("EU-DSA-17", RegionCode.of("FR"), "hate-speech", null, "doc-5", "another state", "a", NOW)),
            NOW);

    /** Localization as it answers for the sample regions: DE is in EU and EMEA. */
    static final class Groups implements LocalizationCatalog {
        @Override
        public List<String> contentKeys(String prefix, int limit) {
            return List.of();
        }

        @Override
        public List<RegionCode> regions(boolean groupsOnly) {
            return List.of(EU, RegionCode.of("EMEA"));
        }

        @Override
        public Set<RegionCode> groupsOf(RegionCode region) {
            return region.equals(DE) ? Set.of(EU, RegionCode.of("EMEA")) : Set.of();
        }
    }

    private final RuleRegistry registry = new RuleRegistry();
    private final ReadinessEvaluator evaluator = new ReadinessEvaluator(registry, r -> ServiceLookup.NONE,
            Clock.fixed(NOW, ZoneOffset.UTC), new ReadinessEvaluator.Settings(2000, Set.of(), 2));

    @AfterEach
    void tearDown() {
        evaluator.close();
    }

    private RegionReadiness de() {
        return evaluator.evaluate(LAUNCH, DE).regions().get(0);
    }

    @Test
    void aRuleForEuJudgesAGermanLaunchRegionOnlyWhenLocalizationKnowsTheGroups() {
        registry.add(1, new TestRule("eu.rule", Severity.BLOCKER, c -> RuleResult.pass(Finding.of("groups " + c.regionGroups())),
                "EU"), 9, "org.example.eu", "1.0.0", null);
        assertTrue(de().rules().isEmpty(), "exact match without localization");
        assertTrue(evaluator.regionMatching().startsWith("exact"));

        evaluator.setRegionCatalog(new Groups());
        RuleEvaluation e = de().rules().get(0);
        assertEquals("eu.rule", e.ruleId());
        assertTrue(e.findings().get(0).message().contains("EU") && e.findings().get(0).message().contains("EMEA"),
                e.findings().toString());
        assertTrue(evaluator.regionMatching().startsWith("groups"));
    }

    @Test
    void evidenceIsFilteredByRegionOrItsGroupsVersionAndRequirement() {
        evaluator.setRegionCatalog(new Groups());
        registry.add(1, new TestRule("eu.evidence", Severity.INFO, c -> RuleResult.pass(
                Finding.of(c.evidence("EU-DSA-17").stream().map(EvidenceView::reference).collect(Collectors.joining(","))),
                Finding.of(Integer.toString(c.evidence(null).size()))), "EU"), 9, "org.example.eu", "1.0.0", null);
        RuleEvaluation e = de().rules().get(0);
        assertEquals("doc-1,doc-2", e.findings().get(0).message(),
                "the group's whole-policy record and this version's; not the older version's, another requirement's or another state's");
        assertEquals("3", e.findings().get(1).message());
    }

    @Test
    void aPendingRuleForAGroupHoldsApprovalsInItsMembers() {
        evaluator.setRegionCatalog(new Groups());
        registry.add(1, new TestRule("eu.rule", Severity.BLOCKER, c -> RuleResult.pass(), "EU"), 9, "org.example.eu", "1.0.0", null);
        registry.changing(9, "org.example.eu", "changing");
        registry.remove(1, "changing");
        assertEquals(1, evaluator.changing(registry.snapshot(), DE).size());
        assertEquals("NO_GO", de().readiness().name());
    }
}
