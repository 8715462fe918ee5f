package org.policyops.training.internal.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Ranks policy × region pairs whose training coverage is under its target or whose latest quality is worse than its
 * thresholds. The severity adds up how far each measure misses (coverage shortfall, leakage and over-enforcement
 * rates above their thresholds, all as fractions), so a pair failing on several counts ranks above one failing
 * on one; ties go to the pair with more uncertified people, then by policy and region.
 */
public final class GapRanking {

    /** What is known of one pair. Rates are null without a quality signal; share is null when nobody is in scope. */
    public record Candidate(String policyKey, String region, long inScope, long certified, Double leakageRate,
            Double overEnforcementRate, String qualityPeriod) {

        public Double share() {
            return inScope == 0 ? null : (double) certified / inScope;
        }

        public long uncertified() {
            return inScope - certified;
        }
    }

    public record Thresholds(double coverageTarget, double leakage, double overEnforcement) {
    }

    /** A pair that needs attention, with what it misses. */
    public record Gap(Candidate candidate, double severity, List<String> reasons) {
    }

    private GapRanking() {
    }

    public static List<Gap> rank(List<Candidate> candidates, Thresholds t) {
        List<Gap> gaps = new ArrayList<>();
        for (Candidate c : candidates) {
            double severity = 0;
            List<String> reasons = new ArrayList<>();
            Double share = c.share();
            if (share != null && share < t.coverageTarget()) {
                severity += t.coverageTarget() - share;
                reasons.add(String.format(Locale.ROOT, "coverage %.1f%% is under the target of %.1f%%", share * 100,
                        t.coverageTarget() * 100));
            }
            if (c.leakageRate() != null && c.leakageRate() > t.leakage()) {
                severity += c.leakageRate() - t.leakage();
                reasons.add(String.format(Locale.ROOT, "leakage %.1f%% in %s is above %.1f%%", c.leakageRate() * 100,
                        c.qualityPeriod(), t.leakage() * 100));
            }
            if (c.overEnforcementRate() != null && c.overEnforcementRate() > t.overEnforcement()) {
                severity += c.overEnforcementRate() - t.overEnforcement();
                reasons.add(String.format(Locale.ROOT, "over-enforcement %.1f%% in %s is above %.1f%%",
                        c.overEnforcementRate() * 100, c.qualityPeriod(), t.overEnforcement() * 100));
            }
            if (!reasons.isEmpty()) {
                // Rounded so that sums equal on paper (0.05 + 0.05 and 0.9 - 0.8) tie rather than differ in the last bit.
                gaps.add(new Gap(c, Math.round(severity * 1e9) / 1e9, List.copyOf(reasons)));
            }
        }
        gaps.sort(Comparator.comparingDouble(Gap::severity).reversed()
                .thenComparing(Comparator.comparingLong((Gap g) -> g.candidate().uncertified()).reversed())
                .thenComparing(g -> g.candidate().policyKey())
                .thenComparing(g -> g.candidate().region()));
        return gaps;
    }
}
