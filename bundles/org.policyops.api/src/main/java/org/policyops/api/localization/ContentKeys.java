package org.policyops.api.localization;

/**
 * The keys under which well-known content is registered for translation, so that the feature that owns a text
 * and the rules that check it agree without knowing each other. Keys are lower case; policy keys are used as they
 * are (e.g. {@code hate-speech}).
 */
public final class ContentKeys {

    private ContentKeys() {
    }

    /** The policy's user-facing text (community guidelines). */
    public static String policyText(String policyKey) {
        return "policy/" + policyKey + "/text";
    }

    /** The statement-of-reasons template sent to users affected by a decision under the policy (EU DSA Art. 17). */
    public static String statementOfReasons(String policyKey) {
        return "policy/" + policyKey + "/statement-of-reasons";
    }

    /** The enforcement notice template for the policy. */
    public static String enforcementNotice(String policyKey) {
        return "policy/" + policyKey + "/enforcement-notice";
    }

    /** A training course's material. */
    public static String courseMaterial(String courseCode) {
        return "course/" + courseCode + "/material";
    }
}
