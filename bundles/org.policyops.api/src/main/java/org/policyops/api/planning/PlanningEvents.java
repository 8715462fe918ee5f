package org.policyops.api.planning;

/**
 * Event Admin topics posted by the planning domain once the change they describe is committed, and the
 * property names their events carry. Subscribe with {@code event.topics=org/policyops/planning/*}.
 */
public final class PlanningEvents {

    /** A policy version was created. Properties: policyKey, version, stage, by, at. */
    public static final String POLICY_VERSION_CREATED = "org/policyops/planning/policyversion/CREATED";

    /**
     * A policy version moved to its next lifecycle stage. Properties: policyKey, version, stage,
     * previousStage, by, at, majorChange (true when this is a new major version entering enforcement).
     */
    public static final String POLICY_VERSION_STAGE_CHANGED = "org/policyops/planning/policyversion/STAGE_CHANGED";

    public static final String PROP_POLICY_KEY = "policyKey";
    /** The version number as text, e.g. {@code 3.1.0}. */
    public static final String PROP_VERSION = "version";
    /** The stage name, see {@link org.policyops.api.LifecycleStage}. */
    public static final String PROP_STAGE = "stage";
    public static final String PROP_PREVIOUS_STAGE = "previousStage";
    /** The user who made the change. */
    public static final String PROP_BY = "by";
    /** When the change took effect, ISO-8601 text. */
    public static final String PROP_AT = "at";
    /** On stage changes: true when a new major version enters enforcement (people must be retrained). */
    public static final String PROP_MAJOR_CHANGE = "majorChange";

    private PlanningEvents() {
    }
}
