package org.policyops.planning.internal.portfolio;

import java.time.LocalDate;
import java.util.List;

import org.policyops.api.planning.scoring.InitiativeFacts;

/** Initiative facts for tests, built by changing one field at a time. */
final class Facts {

    private Facts() {
    }

    static InitiativeFacts of(long id, long reach, double effortWeeks) {
        return new InitiativeFacts(id, "Initiative " + id, "hate-speech", "POLICY_UPDATE", List.of("EU"),
                List.of("live"), "HIGH", reach, 2, 0.5, effortWeeks, "2027-Q1", "PROPOSED", 8L, 5L, 3L, null);
    }

    static InitiativeFacts wsjf(long id, Long businessValue, Long timeCriticality, Long riskReduction, double effortWeeks) {
        InitiativeFacts f = of(id, 1000, effortWeeks);
        return new InitiativeFacts(f.id(), f.title(), f.policyKey(), f.type(), f.regions(), f.linesOfBusiness(),
                f.riskLevel(), f.reach(), f.impact(), f.confidence(), f.effortWeeks(), f.targetQuarter(), f.status(),
                businessValue, timeCriticality, riskReduction, f.regulatoryDeadline());
    }

    static InitiativeFacts risk(long id, String riskLevel, double confidence, LocalDate deadline) {
        InitiativeFacts f = of(id, 1000, 4);
        return new InitiativeFacts(f.id(), f.title(), f.policyKey(), f.type(), f.regions(), f.linesOfBusiness(),
                riskLevel, f.reach(), f.impact(), confidence, f.effortWeeks(), f.targetQuarter(), f.status(),
                f.businessValue(), f.timeCriticality(), f.riskReduction(), deadline);
    }
}
