package org.policyops.core.rest;

/** Names for attaching resources and extensions to the one PolicyOps JAX-RS application under {@code /api}. */
public final class PolicyOpsRest {

    /** The application's {@code osgi.jaxrs.name}. */
    public static final String APPLICATION_NAME = "policyops";

    /** Use with {@code @JaxrsApplicationSelect} on every PolicyOps resource and extension. */
    public static final String APPLICATION_SELECT = "(osgi.jaxrs.name=" + APPLICATION_NAME + ")";

    /** The media type of error responses (RFC 9457). */
    public static final String PROBLEM_JSON = "application/problem+json";

    private PolicyOpsRest() {
    }
}
