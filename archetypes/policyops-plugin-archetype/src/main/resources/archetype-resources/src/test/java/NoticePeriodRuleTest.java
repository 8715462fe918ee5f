package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.LaunchRegionView;
import org.policyops.api.compliance.LaunchView;
import org.policyops.api.compliance.RuleContext;
import org.policyops.api.compliance.Verdict;
import org.policyops.api.localization.RequirementCatalog;
import org.policyops.api.localization.TranslationStatus;
import org.policyops.api.planning.PolicyCatalog;
import org.policyops.api.training.TrainingCoverage;

class NoticePeriodRuleTest {

    private static final RegionCode REGION = RegionCode.of("${region}");

    /** A launch with one region and the given target date, evaluated at noon UTC on 2027-01-01. */
    static RuleContext context(LocalDate target) {
        LaunchRegionView region = new LaunchRegionView(REGION, target, "PLANNED", null, null);
        LaunchView launch = new LaunchView(1, "Test launch", "hate-speech", "1.0.0", "PLANNED", List.of(region), List.of(),
                Instant.parse("2026-12-01T00:00:00Z"));
        return new RuleContext() {
            public LaunchView launch() { return launch; }
            public RegionCode region() { return REGION; }
            public LaunchRegionView launchRegion() { return region; }
            public Instant now() { return Instant.parse("2027-01-01T12:00:00Z"); }
            public Optional<TrainingCoverage> trainingCoverage() { return Optional.empty(); }
            public Optional<TranslationStatus> translationStatus() { return Optional.empty(); }
            public Optional<RequirementCatalog> requirements() { return Optional.empty(); }
            public Optional<PolicyCatalog> policyCatalog() { return Optional.empty(); }
            public <S> Optional<S> service(Class<S> type) { return Optional.empty(); }
        };
    }

    @Test
    void fourteenDaysIsEnoughAndThirteenIsNot() {
        NoticePeriodRule rule = new NoticePeriodRule();
        assertEquals(Verdict.PASS, rule.evaluate(context(LocalDate.of(2027, 1, 15))).verdict());
        assertEquals(Verdict.FAIL, rule.evaluate(context(LocalDate.of(2027, 1, 14))).verdict());
        assertEquals(Verdict.NOT_APPLICABLE, rule.evaluate(context(null)).verdict());
    }
}
