package org.policyops.api.planning.scoring;

/**
 * Thrown by a {@link ScoringModel} when an initiative lacks what the model needs, such as an effort estimate. The
 * initiative is then listed without a score and with this exception's message as the reason, after all scored ones.
 */
public class NotScorableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotScorableException(String reason) {
        super(reason);
    }
}
