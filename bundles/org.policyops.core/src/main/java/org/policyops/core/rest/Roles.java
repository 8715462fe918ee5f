package org.policyops.core.rest;

/**
 * The roles PolicyOps knows, as JAAS role names. A regional lead is further limited to the regions given by
 * roles of the form {@code region:EU}, {@code region:UK}; {@code admin} may do everything.
 */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String PLANNER = "planner";
    public static final String TRAINER = "trainer";
    public static final String TOOLING = "tooling";
    public static final String LOCALIZATION = "localization";
    /** Reads the Prometheus scrape endpoint (the metrics feature's {@code scrapeRole} by default). */
    public static final String METRICS = "metrics";
    public static final String REGIONAL_LEAD = "regional-lead";
    public static final String VIEWER = "viewer";

    /** Prefix of the roles that name a regional lead's regions, e.g. {@code region:EU}. */
    public static final String REGION_PREFIX = "region:";

    private Roles() {
    }
}
