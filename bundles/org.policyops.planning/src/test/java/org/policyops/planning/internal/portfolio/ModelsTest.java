package org.policyops.planning.internal.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policyops.api.planning.scoring.NotScorableException;
import org.policyops.api.planning.scoring.Score;
import org.policyops.planning.internal.domain.RiskLevel;

/** The built-in models' formulas and what they refuse to score. */
class ModelsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T23:30:00Z"), ZoneOffset.UTC);
    static final PortfolioSettings DEFAULTS = new PortfolioSettings("rice",
            Map.of(RiskLevel.LOW, 1.0, RiskLevel.MEDIUM, 2.0, RiskLevel.HIGH, 4.0, RiskLevel.CRITICAL, 8.0), 180);

    final RiceModel rice = new RiceModel();
    final WsjfModel wsjf = new WsjfModel();
    final RiskWeightedModel risk = new RiskWeightedModel(DEFAULTS, CLOCK);

    @Test
    void riceIsReachTimesImpactTimesConfidenceOverEffort() {
        Score s = rice.score(Facts.of(1, 2_500_000, 12));
        assertEquals(2_500_000 * 2 * 0.5 / 12, s.value(), 1e-9);
        assertEquals(List.of("reach", "impact", "confidence", "effortWeeks"), List.copyOf(s.breakdown().keySet()));
        assertEquals(12.0, s.breakdown().get("effortWeeks"));
        assertEquals("RICE = 2500000 × 2 × 0.5 ÷ 12 = 208333.33", s.explanation());
    }

    @Test
    void zeroOrMissingEffortIsNotScoredNeverDividedBy() {
        for (double effort : new double[] { 0, -1, Double.NaN }) {
            NotScorableException e = assertThrows(NotScorableException.class, () -> rice.score(Facts.of(1, 100, effort)));
            assertTrue(e.getMessage().startsWith("no effort estimate"), e.getMessage());
            assertThrows(NotScorableException.class, () -> wsjf.score(Facts.wsjf(1, 5L, 5L, 5L, effort)));
        }
    }

    @Test
    void wsjfIsCostOfDelayOverJobSize() {
        Score s = wsjf.score(Facts.wsjf(1, 8L, 5L, 3L, 4));
        assertEquals(4.0, s.value());
        assertEquals(Map.of("businessValue", 8.0, "timeCriticality", 5.0, "riskReduction", 3.0, "costOfDelay", 16.0,
                "jobSize", 4.0), s.breakdown());
        assertEquals("WSJF = (8 + 5 + 3) ÷ 4 = 4", s.explanation());
    }

    @Test
    void wsjfNamesTheMissingInputs() {
        NotScorableException e = assertThrows(NotScorableException.class, () -> wsjf.score(Facts.wsjf(1, 8L, null, null, 4)));
        assertEquals("WSJF needs businessValue, timeCriticality and riskReduction; missing timeCriticality, riskReduction",
                e.getMessage());
    }

    @Test
    void riskIsWeightTimesUrgencyTimesConfidence() {
        Score noDeadline = risk.score(Facts.risk(1, "CRITICAL", 0.5, null));
        assertEquals(8 * 1 * 0.5, noDeadline.value());
        assertEquals(Map.of("riskWeight", 8.0, "urgency", 1.0, "confidence", 0.5), noDeadline.breakdown());
        assertEquals("Risk = 8 (CRITICAL) × 1 (no regulatory deadline) × 0.5 = 4", noDeadline.explanation());
        assertEquals(1.0, risk.score(Facts.risk(1, "LOW", 1, null)).value());
        assertEquals(2.0, risk.score(Facts.risk(1, "MEDIUM", 1, null)).value());
        assertEquals(4.0, risk.score(Facts.risk(1, "HIGH", 1, null)).value());
    }

    @Test
    void aCloserDeadlineIsMoreUrgentAndAPastOneIsMaximal() {
        assertEquals(1.0, urgency(TODAY.plusDays(400)));
        assertEquals(1.0, urgency(TODAY.plusDays(180)));
        assertEquals(1.5, urgency(TODAY.plusDays(90)));
        assertEquals(1 + 179 / 180.0, urgency(TODAY.plusDays(1)), 1e-12);
        assertEquals(2.0, urgency(TODAY));
        assertEquals(2.0, urgency(TODAY.minusDays(30)));
        Score past = risk.score(Facts.risk(1, "HIGH", 1, TODAY.minusDays(30)));
        assertEquals(-30.0, past.breakdown().get("daysToDeadline"));
        assertEquals("Risk = 4 (HIGH) × 2 (deadline 2026-10-21, 30 days past) × 1 = 8", past.explanation());
        assertTrue(risk.description().contains("CRITICAL 8"), risk.description());
    }

    @Test
    void theHorizonAndWeightsComeFromTheSettings() {
        PortfolioSettings custom = new PortfolioSettings("risk",
                Map.of(RiskLevel.LOW, 0.5, RiskLevel.MEDIUM, 1.0, RiskLevel.HIGH, 3.0, RiskLevel.CRITICAL, 10.0), 30);
        RiskWeightedModel m = new RiskWeightedModel(custom, CLOCK);
        assertEquals(10 * 1.5, m.score(Facts.risk(1, "CRITICAL", 1, TODAY.plusDays(15))).value());
        assertEquals(0.5, m.score(Facts.risk(1, "LOW", 1, TODAY.plusDays(90))).value());
    }

    @Test
    void invalidSettingsAreRefused() {
        Map<RiskLevel, Double> zeroLow = Map.of(RiskLevel.LOW, 0.0, RiskLevel.MEDIUM, 2.0, RiskLevel.HIGH, 4.0,
                RiskLevel.CRITICAL, 8.0);
        assertThrows(IllegalArgumentException.class, () -> new PortfolioSettings("rice", zeroLow, 180));
        assertThrows(IllegalArgumentException.class, () -> new PortfolioSettings("rice", DEFAULTS.weights(), 0));
        assertThrows(IllegalArgumentException.class, () -> new PortfolioSettings(" ", DEFAULTS.weights(), 180));
        assertEquals("wsjf", new PortfolioSettings(" WSJF ", DEFAULTS.weights(), 180).defaultModel());
    }

    @Test
    void anUnknownRiskLevelIsNotScored() {
        assertThrows(NotScorableException.class, () -> risk.score(Facts.risk(1, "EXTREME", 1, null)));
    }

    private double urgency(LocalDate deadline) {
        return risk.score(Facts.risk(1, "LOW", 1, deadline)).breakdown().get("urgency");
    }
}
