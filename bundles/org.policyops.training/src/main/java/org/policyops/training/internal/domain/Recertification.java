package org.policyops.training.internal.domain;

import java.util.Locale;

/** The two reasons an active certification stops counting before its end of validity. */
public final class Recertification {

    private Recertification() {
    }

    /**
     * A new major version of the policy entered enforcement: certifications on an older major, or on no known
     * version, must be renewed; those already on the new major stay.
     */
    public static boolean requiredByMajorChange(Integer certifiedMajor, int newMajor) {
        return certifiedMajor == null || certifiedMajor < newMajor;
    }

    public static String majorChangeReason(String policyKey, String version) {
        return "Policy " + policyKey + " " + version + " is a new major version in enforcement.";
    }

    /** An assessment score under the proficiency threshold withdraws the certification on that policy. */
    public static boolean requiredByProficiency(double score, double threshold) {
        return score < threshold;
    }

    public static String proficiencyReason(String courseCode, double score, double threshold) {
        return String.format(Locale.ROOT, "Proficiency %.1f on %s is below the threshold of %.1f.", score, courseCode,
                threshold);
    }
}
