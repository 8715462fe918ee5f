package org.policyops.examples.uk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.EvidenceView;
import org.policyops.api.compliance.RuleContext;
import org.policyops.api.compliance.RuleResult;
import org.policyops.api.compliance.Verdict;
import org.policyops.testkit.Launches;
import org.policyops.testkit.RuleContexts;

class RiskAssessmentRuleTest {

    private static final RegionCode UK = RegionCode.of("UK");
    private static final LocalDate TARGET = LocalDate.of(2027, 3, 1);

    /** A launch of hate-speech 3.1.0 to the region on 2027-03-01 with the evidence, judged in that region. */
    private static RuleContext context(RegionCode region, EvidenceView... evidence) {
        Launches launch = Launches.launch().id(3).title("Hate speech v3.1").policy("hate-speech", "3.1.0").region(region.value(), TARGET);
        for (EvidenceView e : evidence) {
            launch.evidence(e);
        }
        return RuleContexts.forLaunch(launch).build();
    }

    private static EvidenceView assessment(String requirement, String region, String policy, String version, String at) {
        return new EvidenceView(requirement, RegionCode.of(region), policy, version, "DOC-42", "medium residual risk",
                "lead-uk", Instant.parse(at));
    }

    private static String text(RuleResult r) {
        return r.findings().get(0).message();
    }

    @Test
    void anAssessmentForThePolicyBeforeTheTargetDatePasses() {
        RuleResult r = new RiskAssessmentRule().evaluate(context(UK,
                assessment("UK-OSA-9", "UK", "hate-speech", null, "2027-02-28T23:59:00Z")));
        assertEquals(Verdict.PASS, r.verdict());
        assertTrue(text(r).contains("on 2027-02-28 by lead-uk"), text(r));
        assertEquals("DOC-42: medium residual risk", r.findings().get(0).evidence());
    }

    @Test
    void oneRecordedOnTheTargetDayIsLate() {
        RuleResult r = new RiskAssessmentRule().evaluate(context(UK,
                assessment("UK-OSA-9", "UK", "hate-speech", "3.1.0", "2027-03-01T08:00:00Z")));
        assertEquals(Verdict.FAIL, r.verdict());
        assertTrue(text(r).contains("not before the UK target date 2027-03-01"), text(r));
    }

    @Test
    void otherVersionsRequirementsRegionsAndPoliciesDoNotCount() {
        RuleResult older = new RiskAssessmentRule().evaluate(context(UK,
                assessment("UK-OSA-9", "UK", "hate-speech", "2.0.0", "2026-01-01T00:00:00Z")));
        assertEquals(Verdict.FAIL, older.verdict());
        assertTrue(text(older).contains("covers version 2.0.0, not the version 3.1.0"), text(older));

        RuleResult none = new RiskAssessmentRule().evaluate(context(UK,
                assessment("EU-DSA-17", "UK", "hate-speech", null, "2026-01-01T00:00:00Z"),
                assessment("UK-OSA-9", "EU", "hate-speech", null, "2026-01-01T00:00:00Z"),
                assessment("UK-OSA-9", "UK", "spam", null, "2026-01-01T00:00:00Z")));
        assertEquals(Verdict.FAIL, none.verdict());
        assertTrue(text(none).contains("No illegal-content risk assessment (UK-OSA-9) is recorded for policy hate-speech"), text(none));
    }

    @Test
    void gbIsTheUnitedKingdomToo() {
        assertEquals(Verdict.PASS, new RiskAssessmentRule().evaluate(context(RegionCode.of("GB"),
                assessment("UK-OSA-9", "GB", "hate-speech", null, "2026-06-01T00:00:00Z"))).verdict());
        assertEquals(Verdict.NOT_APPLICABLE, new RiskAssessmentRule().evaluate(context(RegionCode.of("DE"))).verdict());
    }
}
