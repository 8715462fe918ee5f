package org.policyops.planning.internal.domain;

/**
 * The editorial status of a policy version, separate from its lifecycle stage: a version can be approved while
 * still in testing. {@link #ACTIVE} means it is the version being enforced; at most one version of a policy is.
 */
public enum VersionStatus {
    DRAFT,
    APPROVED,
    ACTIVE,
    RETIRED
}
