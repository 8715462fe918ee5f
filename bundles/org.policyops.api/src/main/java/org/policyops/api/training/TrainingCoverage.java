package org.policyops.api.training;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.policyops.api.RegionCode;

/**
 * Training coverage and proficiency, computed in the database, registered by the training feature. Coverage is
 * measured against the current version of the policy: the share of the people in scope (learners with the role in
 * the region) who hold a valid certification on that version.
 */
@ProviderType
public interface TrainingCoverage {

    /** Coverage of one role in one region (learners whose region is exactly {@code region}). */
    CoverageInfo coverage(String policyKey, RegionCode region, String role);

    /** Coverage of every role that has learners in the region, by role. */
    List<CoverageInfo> coverage(String policyKey, RegionCode region);
}
