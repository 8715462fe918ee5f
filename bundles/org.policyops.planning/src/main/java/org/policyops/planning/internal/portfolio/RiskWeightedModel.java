package org.policyops.planning.internal.portfolio;

import static org.policyops.planning.internal.portfolio.Numbers.plain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.policyops.api.planning.scoring.InitiativeFacts;
import org.policyops.api.planning.scoring.NotScorableException;
import org.policyops.api.planning.scoring.Score;
import org.policyops.api.planning.scoring.ScoringModel;
import org.policyops.planning.internal.domain.RiskLevel;

/**
 * Risk-weighted: weight of the enterprise risk level × urgency × confidence.
 * <p>
 * Urgency comes from the regulatory deadline, with {@code d} the days from today (UTC) to the deadline and {@code H}
 * the horizon ({@code deadlineHorizonDays}): no deadline, or {@code d ≥ H}: 1; {@code 0 < d < H}:
 * {@code 1 + (H − d) ÷ H}; on or past the deadline ({@code d ≤ 0}): 2, the maximum. So a deadline raises the score
 * linearly as it approaches, up to doubling it.
 */
public final class RiskWeightedModel implements ScoringModel {

    public static final String ID = "risk";
    static final double MAX_URGENCY = 2;

    private final Map<RiskLevel, Double> weights;
    private final int horizonDays;
    private final Clock clock;

    public RiskWeightedModel(PortfolioSettings settings, Clock clock) {
        this.weights = settings.weights();
        this.horizonDays = settings.deadlineHorizonDays();
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Risk-weighted";
    }

    @Override
    public String description() {
        return "Risk weight × urgency × confidence. Weights per risk level: LOW " + plain(weights.get(RiskLevel.LOW))
                + ", MEDIUM " + plain(weights.get(RiskLevel.MEDIUM)) + ", HIGH " + plain(weights.get(RiskLevel.HIGH))
                + ", CRITICAL " + plain(weights.get(RiskLevel.CRITICAL)) + ". Urgency is 1 without a regulatory "
                + "deadline or with one " + horizonDays + " days away or more, rises linearly as the deadline nears "
                + "(1 + (" + horizonDays + " − days left) ÷ " + horizonDays + ") and is 2 on or after the deadline.";
    }

    @Override
    public Score score(InitiativeFacts f) {
        RiskLevel level;
        try {
            level = RiskLevel.valueOf(String.valueOf(f.riskLevel()));
        } catch (IllegalArgumentException e) {
            throw new NotScorableException("no known risk level (was " + f.riskLevel() + ")");
        }
        double weight = weights.get(level);
        Map<String, Double> breakdown = new LinkedHashMap<>();
        breakdown.put("riskWeight", weight);
        double urgency = 1;
        String urgencyText = "1 (no regulatory deadline)";
        if (f.regulatoryDeadline() != null) {
            long days = ChronoUnit.DAYS.between(LocalDate.now(clock), f.regulatoryDeadline());
            urgency = urgency(days);
            breakdown.put("daysToDeadline", (double) days);
            urgencyText = plain(urgency) + " (deadline " + f.regulatoryDeadline() + ", "
                    + (days < 0 ? -days + " days past" : days + " days left") + ")";
        }
        breakdown.put("urgency", urgency);
        breakdown.put("confidence", f.confidence());
        double value = weight * urgency * f.confidence();
        return new Score(value, breakdown, "Risk = " + plain(weight) + " (" + level + ") × " + urgencyText + " × "
                + plain(f.confidence()) + " = " + plain(value));
    }

    double urgency(long daysLeft) {
        if (daysLeft <= 0) {
            return MAX_URGENCY;
        }
        if (daysLeft >= horizonDays) {
            return 1;
        }
        return 1 + (double) (horizonDays - daysLeft) / horizonDays;
    }
}
