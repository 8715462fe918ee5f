package org.policyops.planning.internal.portfolio;

import java.util.Locale;
import java.util.Map;

import org.policyops.planning.internal.domain.RiskLevel;

/** The portfolio configuration, checked: weights greater than 0, a horizon of at least one day, a default model named. */
public record PortfolioSettings(String defaultModel, Map<RiskLevel, Double> weights, int deadlineHorizonDays) {

    public PortfolioSettings {
        if (defaultModel == null || defaultModel.isBlank()) {
            throw new IllegalArgumentException("defaultModel must name a scoring model");
        }
        defaultModel = defaultModel.trim().toLowerCase(Locale.ROOT);
        for (RiskLevel level : RiskLevel.values()) {
            Double w = weights.get(level);
            if (w == null || !(w > 0) || w.isInfinite()) {
                throw new IllegalArgumentException("the weight of " + level + " risk must be a number greater than 0 (was " + w + ")");
            }
        }
        weights = Map.copyOf(weights);
        if (deadlineHorizonDays < 1) {
            throw new IllegalArgumentException("deadlineHorizonDays must be at least 1 (was " + deadlineHorizonDays + ")");
        }
    }

    public static PortfolioSettings of(PortfolioConfig c) {
        return new PortfolioSettings(c.defaultModel(), Map.of(RiskLevel.LOW, c.weightLow(), RiskLevel.MEDIUM,
                c.weightMedium(), RiskLevel.HIGH, c.weightHigh(), RiskLevel.CRITICAL, c.weightCritical()),
                c.deadlineHorizonDays());
    }
}
