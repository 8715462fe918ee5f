package org.policyops.planning.internal.portfolio;

import static org.policyops.planning.internal.portfolio.Numbers.plain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policyops.api.planning.scoring.InitiativeFacts;
import org.policyops.api.planning.scoring.NotScorableException;
import org.policyops.api.planning.scoring.Score;
import org.policyops.api.planning.scoring.ScoringModel;

/**
 * WSJF (weighted shortest job first): cost of delay ÷ job size, where cost of delay = business value + time
 * criticality + risk reduction (each 1..10) and job size = effort in person-weeks.
 */
public final class WsjfModel implements ScoringModel {

    public static final String ID = "wsjf";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "WSJF";
    }

    @Override
    public String description() {
        return "Weighted shortest job first: cost of delay (business value + time criticality + risk reduction, "
                + "each 1–10) ÷ job size (effort in person-weeks). Initiatives without all three inputs or without "
                + "an effort estimate are not scored.";
    }

    @Override
    public Score score(InitiativeFacts f) {
        List<String> missing = new ArrayList<>();
        if (f.businessValue() == null) {
            missing.add("businessValue");
        }
        if (f.timeCriticality() == null) {
            missing.add("timeCriticality");
        }
        if (f.riskReduction() == null) {
            missing.add("riskReduction");
        }
        if (!missing.isEmpty()) {
            throw new NotScorableException("WSJF needs businessValue, timeCriticality and riskReduction; missing "
                    + String.join(", ", missing));
        }
        double jobSize = Numbers.requireEffort(f.effortWeeks());
        double costOfDelay = f.businessValue() + f.timeCriticality() + f.riskReduction();
        double value = costOfDelay / jobSize;
        Map<String, Double> breakdown = new LinkedHashMap<>();
        breakdown.put("businessValue", f.businessValue().doubleValue());
        breakdown.put("timeCriticality", f.timeCriticality().doubleValue());
        breakdown.put("riskReduction", f.riskReduction().doubleValue());
        breakdown.put("costOfDelay", costOfDelay);
        breakdown.put("jobSize", jobSize);
        return new Score(value, breakdown, "WSJF = (" + f.businessValue() + " + " + f.timeCriticality() + " + "
                + f.riskReduction() + ") ÷ " + plain(jobSize) + " = " + plain(value));
    }
}
