package org.policyops.planning.internal.portfolio;

import static org.policyops.planning.internal.portfolio.Numbers.plain;

import java.util.LinkedHashMap;
import java.util.Map;

import org.policyops.api.planning.scoring.InitiativeFacts;
import org.policyops.api.planning.scoring.Score;
import org.policyops.api.planning.scoring.ScoringModel;

/** RICE: reach × impact × confidence ÷ effort in person-weeks. */
public final class RiceModel implements ScoringModel {

    public static final String ID = "rice";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "RICE";
    }

    @Override
    public String description() {
        return "Reach × impact × confidence ÷ effort (person-weeks): value delivered per week of work. "
                + "Initiatives without an effort estimate are not scored.";
    }

    @Override
    public Score score(InitiativeFacts f) {
        double effort = Numbers.requireEffort(f.effortWeeks());
        double value = f.reach() * f.impact() * f.confidence() / effort;
        Map<String, Double> breakdown = new LinkedHashMap<>();
        breakdown.put("reach", (double) f.reach());
        breakdown.put("impact", f.impact());
        breakdown.put("confidence", f.confidence());
        breakdown.put("effortWeeks", effort);
        return new Score(value, breakdown, "RICE = " + f.reach() + " × " + plain(f.impact()) + " × "
                + plain(f.confidence()) + " ÷ " + plain(effort) + " = " + plain(value));
    }
}
