package org.policyops.training.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class GapRankingTest {

    private static final GapRanking.Thresholds T = new GapRanking.Thresholds(0.9, 0.05, 0.03);

    private static GapRanking.Candidate c(String policy, String region, long inScope, long certified, Double leak, Double over) {
        return new GapRanking.Candidate(policy, region, inScope, certified, leak, over, leak == null ? null : "2026-10");
    }

    @Test
    void pairsOnTargetAreNoGaps() {
        assertEquals(List.of(), GapRanking.rank(List.of(c("hate-speech", "EU", 100, 90, 0.05, 0.03),
                c("hate-speech", "UK", 0, 0, null, null)), T));
    }

    @Test
    void largerShortfallsRankFirst() {
        List<GapRanking.Gap> gaps = GapRanking.rank(List.of(c("hate-speech", "EU", 100, 85, null, null),
                c("child-safety", "EU", 100, 60, null, null), c("misinformation", "US", 10, 8, null, null)), T);
        assertEquals(List.of("child-safety", "misinformation", "hate-speech"),
                gaps.stream().map(g -> g.candidate().policyKey()).toList());
        assertEquals(0.3, gaps.get(0).severity(), 1e-9);
        assertEquals(List.of("coverage 60.0% is under the target of 90.0%"), gaps.get(0).reasons());
    }

    @Test
    void qualityAddsToCoverageSoPairsFailingOnSeveralCountsRankHigher() {
        List<GapRanking.Gap> gaps = GapRanking.rank(List.of(c("a", "EU", 100, 80, null, null),
                c("b", "EU", 100, 85, 0.10, null), c("c", "IN", 100, 95, 0.07, 0.06)), T);
        // a: 0.10; b: 0.05 + 0.05 = 0.10 (ties: more uncertified first => a has 20, b 15); c: 0.02 + 0.03 = 0.05
        assertEquals(List.of("a", "b", "c"), gaps.stream().map(g -> g.candidate().policyKey()).toList());
        assertEquals(2, gaps.get(1).reasons().size());
        assertEquals(List.of("leakage 7.0% in 2026-10 is above 5.0%", "over-enforcement 6.0% in 2026-10 is above 3.0%"),
                gaps.get(2).reasons());
    }

    @Test
    void tiesGoToMoreUncertifiedPeopleThenPolicyAndRegion() {
        List<GapRanking.Gap> gaps = GapRanking.rank(List.of(c("x", "UK", 10, 5, null, null),
                c("x", "EU", 100, 50, null, null), c("a", "US", 10, 5, null, null)), T);
        assertEquals(List.of("x/EU", "a/US", "x/UK"),
                gaps.stream().map(g -> g.candidate().policyKey() + "/" + g.candidate().region()).toList());
    }

    @Test
    void aRegionWithoutPeopleInScopeIsRankedOnQualityOnly() {
        List<GapRanking.Gap> gaps = GapRanking.rank(List.of(c("hate-speech", "MENA", 0, 0, 0.09, 0.01)), T);
        assertEquals(1, gaps.size());
        assertEquals(0.04, gaps.get(0).severity(), 1e-9);
        assertEquals(null, gaps.get(0).candidate().share());
    }
}
