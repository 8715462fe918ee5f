package org.policyops.tooling.internal.domain;

/**
 * How a model's decisions on a golden set agree with QA reviewers' labels, from the 2×2 confusion matrix (the
 * reviewers' label is the truth; "positive" is "violates the policy"): precision, recall, and Cohen's kappa, the
 * agreement corrected for what two raters would agree on by chance. A measure that is undefined on the matrix (no
 * positive predictions for precision, no positive labels for recall, chance agreement of 1 for kappa) is null.
 */
public record Agreement(long truePositives, long falsePositives, long falseNegatives, long trueNegatives) {

    public Agreement {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0 || trueNegatives < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** The golden set's size. */
    public long size() {
        return truePositives + falsePositives + falseNegatives + trueNegatives;
    }

    public Double precision() {
        long predicted = truePositives + falsePositives;
        return predicted == 0 ? null : (double) truePositives / predicted;
    }

    public Double recall() {
        long actual = truePositives + falseNegatives;
        return actual == 0 ? null : (double) truePositives / actual;
    }

    /** κ = (p_o − p_e) / (1 − p_e). */
    public Double kappa() {
        double n = size();
        if (n == 0) {
            return null;
        }
        double observed = (truePositives + trueNegatives) / n;
        double modelYes = (truePositives + falsePositives) / n;
        double reviewerYes = (truePositives + falseNegatives) / n;
        double chance = modelYes * reviewerYes + (1 - modelYes) * (1 - reviewerYes);
        return chance >= 1 ? null : (observed - chance) / (1 - chance);
    }

    /** Whether every measure reaches its threshold (a null threshold is no requirement; an undefined measure fails one). */
    public boolean meets(Double minPrecision, Double minRecall, Double minKappa) {
        return reaches(precision(), minPrecision) && reaches(recall(), minRecall) && reaches(kappa(), minKappa);
    }

    private static boolean reaches(Double value, Double min) {
        return min == null || value != null && value >= min - 1e-9;
    }
}
