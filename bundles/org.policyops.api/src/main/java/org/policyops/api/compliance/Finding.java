package org.policyops.api.compliance;

/**
 * One thing a rule found, in words for the approver.
 *
 * @param message what was found, e.g. "statement-of-reasons template missing in 3 of 24 EU languages"
 * @param evidence what it was found in or what supports it (locale list, document reference, figures); may be null
 */
public record Finding(String message, String evidence) {

    public Finding {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a finding needs a message");
        }
    }

    public static Finding of(String message) {
        return new Finding(message, null);
    }
}
