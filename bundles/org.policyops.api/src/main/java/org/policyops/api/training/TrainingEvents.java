package org.policyops.api.training;

/**
 * Event Admin topics posted by the training feature, and their property names. Subscribe with
 * {@code event.topics=org/policyops/training/*}.
 */
public final class TrainingEvents {

    /** A pass granted a certification. Properties: learnerId, courseCode, policyKey, policyVersion, validUntil. */
    public static final String CERTIFICATION_GRANTED = "org/policyops/training/certification/GRANTED";

    /** A certification expires within the configured number of days. Properties as GRANTED, plus daysLeft. */
    public static final String CERTIFICATION_EXPIRING = "org/policyops/training/certification/EXPIRING";

    /** A certification reached its end of validity. Properties as GRANTED. */
    public static final String CERTIFICATION_EXPIRED = "org/policyops/training/certification/EXPIRED";

    /**
     * A learner must recertify (a new major policy version, or proficiency under its threshold). Properties as
     * GRANTED, plus reason.
     */
    public static final String RECERTIFICATION_REQUIRED = "org/policyops/training/certification/RECERTIFICATION_REQUIRED";

    public static final String PROP_LEARNER_ID = "learnerId";
    public static final String PROP_COURSE_CODE = "courseCode";
    public static final String PROP_POLICY_KEY = "policyKey";
    public static final String PROP_POLICY_VERSION = "policyVersion";
    /** ISO-8601 date. */
    public static final String PROP_VALID_UNTIL = "validUntil";
    public static final String PROP_DAYS_LEFT = "daysLeft";
    public static final String PROP_REASON = "reason";

    private TrainingEvents() {
    }
}
