package org.policyops.planning.internal.dto;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.policyops.planning.internal.portfolio.Ranking;

/**
 * One initiative of the ranked portfolio: its rank (1 = highest priority) and either its score (rounded to 0.01),
 * the breakdown and an explanation, or — when it could not be scored — a {@code reason}, or an {@code error} when
 * the model failed on it. Unscored initiatives rank after all scored ones.
 */
public record PortfolioEntry(int rank, long id, String title, String policyKey, String type, List<String> regions,
        List<String> linesOfBusiness, String riskLevel, String status, String targetQuarter, long reach,
        double effortWeeks, Double score, Map<String, Double> breakdown, String explanation, String reason,
        String error) {

    public static PortfolioEntry of(int rank, Ranking.Entry e) {
        var f = e.facts();
        return new PortfolioEntry(rank, f.id(), f.title(), f.policyKey(), f.type(), f.regions(), f.linesOfBusiness(),
                f.riskLevel(), f.status(), f.targetQuarter(), f.reach(), f.effortWeeks(),
                e.score() == null ? null : BigDecimal.valueOf(e.score()).setScale(2, RoundingMode.HALF_UP).doubleValue(), e.breakdown(), e.explanation(),
                e.reason(), e.error());
    }
}
