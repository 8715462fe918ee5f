package org.policyops.api.tooling;

/**
 * Event Admin topics posted by the tooling feature, and their property names. Subscribe with
 * {@code event.topics=org/policyops/tooling/*}.
 */
public final class ToolingEvents {

    /** A tool was added, changed or removed. Properties: key, change (CREATED, UPDATED, DELETED), by, at. */
    public static final String TOOL_CHANGED = "org/policyops/tooling/tool/CHANGED";

    /** A tool moved to another status. Properties: key, status, previousStatus, by, at. */
    public static final String STATUS_CHANGED = "org/policyops/tooling/tool/STATUS_CHANGED";

    /**
     * An AI model was evaluated. Properties: key, policyKey, policyVersion, locale, passed (Boolean), by, at.
     */
    public static final String EVALUATED = "org/policyops/tooling/evaluation/EVALUATED";

    /**
     * Planning created a version of a policy an AI model serves: the model must be evaluated on it again.
     * Properties: key, policyKey, policyVersion, at.
     */
    public static final String REEVALUATION_REQUIRED = "org/policyops/tooling/evaluation/REEVALUATION_REQUIRED";

    /**
     * A platform migration changed state (PLANNED, IN_PROGRESS, DONE, CANCELLED). Properties: migrationId, name, state,
     * previousState, by, at.
     */
    public static final String MIGRATION_STATE_CHANGED = "org/policyops/tooling/migration/STATE_CHANGED";

    public static final String PROP_MIGRATION_ID = "migrationId";
    public static final String PROP_NAME = "name";
    public static final String PROP_STATE = "state";
    public static final String PROP_PREVIOUS_STATE = "previousState";

    public static final String PROP_KEY = "key";
    public static final String PROP_POLICY_KEY = "policyKey";
    public static final String PROP_POLICY_VERSION = "policyVersion";
    public static final String PROP_LOCALE = "locale";
    public static final String PROP_PASSED = "passed";
    public static final String PROP_CHANGE = "change";
    public static final String PROP_STATUS = "status";
    public static final String PROP_PREVIOUS_STATUS = "previousStatus";
    public static final String PROP_BY = "by";
    /** ISO-8601 instant. */
    public static final String PROP_AT = "at";

    private ToolingEvents() {
    }
}
