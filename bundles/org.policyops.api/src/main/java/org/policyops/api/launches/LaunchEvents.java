package org.policyops.api.launches;

/**
 * Event Admin topics posted by the launches feature once the change they describe is committed, and the property
 * names their events carry. Subscribe with {@code event.topics=org/policyops/launches/*}.
 */
public final class LaunchEvents {

    /** A launch was created. Properties: launchId, title, policyKey, version, regions (comma-separated), by, at. */
    public static final String LAUNCH_CREATED = "org/policyops/launches/launch/CREATED";

    /**
     * The overall readiness of a launch region changed between two evaluations (or was evaluated the first time).
     * Properties: launchId, policyKey, version, region, readiness, previousReadiness (absent the first time), at.
     */
    public static final String READINESS_CHANGED = "org/policyops/launches/launch/READINESS_CHANGED";

    /**
     * A launch region was approved. Properties: launchId, policyKey, version, region, readiness, by, at, override
     * (true when approved despite NO_GO), overrideReason (with override).
     */
    public static final String LAUNCH_APPROVED = "org/policyops/launches/launch/APPROVED";

    /** Enforcement started in a launch region. Properties: launchId, policyKey, version, region, by, at. */
    public static final String ENFORCEMENT_STARTED = "org/policyops/launches/launch/ENFORCEMENT_STARTED";

    /** A launch, or one of its regions, was cancelled. Properties: launchId, policyKey, version, region (if one), by, at. */
    public static final String LAUNCH_CANCELLED = "org/policyops/launches/launch/CANCELLED";

    public static final String PROP_LAUNCH_ID = "launchId";
    public static final String PROP_TITLE = "title";
    public static final String PROP_POLICY_KEY = "policyKey";
    /** The policy version as text, e.g. {@code 3.1.0}. */
    public static final String PROP_VERSION = "version";
    /** One region code. */
    public static final String PROP_REGION = "region";
    /** Region codes, comma-separated. */
    public static final String PROP_REGIONS = "regions";
    /** {@code GO} or {@code NO_GO}. */
    public static final String PROP_READINESS = "readiness";
    public static final String PROP_PREVIOUS_READINESS = "previousReadiness";
    public static final String PROP_OVERRIDE = "override";
    public static final String PROP_OVERRIDE_REASON = "overrideReason";
    public static final String PROP_BY = "by";
    /** ISO-8601 instant. */
    public static final String PROP_AT = "at";

    private LaunchEvents() {
    }
}
