package org.policyops.api.compliance;

/**
 * The outcome of one rule for one launch region. Rules return {@link #PASS}, {@link #FAIL} or
 * {@link #NOT_APPLICABLE}; the platform sets {@link #ERROR} and {@link #TIMEOUT} itself.
 */
public enum Verdict {
    PASS,
    FAIL,
    /** The rule does not apply here, or cannot be checked (e.g. a feature it needs is not installed); see findings. */
    NOT_APPLICABLE,
    /** The rule threw an exception; the findings carry the cause. Set by the platform, never by a rule. */
    ERROR,
    /** The rule ran past its time bound and was abandoned. Set by the platform, never by a rule. */
    TIMEOUT
}
