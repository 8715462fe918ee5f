package org.policyops.tooling.internal.dto;

import java.time.Instant;

import org.policyops.tooling.internal.entity.EvaluationEntity;

/** One evaluation run: the golden set's size and counts, the measures, the thresholds then in force and the verdict. */
public record EvaluationView(long id, String tool, String policyKey, String policyVersion, String locale, long goldenSetSize,
        long truePositives, long falsePositives, long falseNegatives, long trueNegatives, Double precision, Double recall,
        Double kappa, Thresholds thresholds, boolean passed, String ranBy, Instant ranAt) {

    public static EvaluationView of(EvaluationEntity e) {
        return new EvaluationView(e.getId(), e.getToolKey(), e.getPolicyKey(), e.getPolicyVersion(), e.getLocale(),
                e.getTruePositives() + e.getFalsePositives() + e.getFalseNegatives() + e.getTrueNegatives(),
                e.getTruePositives(), e.getFalsePositives(), e.getFalseNegatives(), e.getTrueNegatives(), e.getPrecision(),
                e.getRecall(), e.getKappa(), new Thresholds(e.getMinPrecision(), e.getMinRecall(), e.getMinKappa()),
                e.isPassed(), e.getRanBy(), Instant.ofEpochMilli(e.getRanAt()));
    }
}
