package org.policyops.api.training;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.policyops.api.RegionCode;

/** Read-only views of the training domain for other bundles (the console commands), registered by the training feature. */
@ProviderType
public interface TrainingQuery {

    /** The largest gap report one call returns. */
    int MAX_LIMIT = 500;

    /**
     * Coverage and proficiency of every policy training knows (see {@link #policyKeys()}) in a region, for every role
     * with learners there: as {@link TrainingCoverage#coverage(String, RegionCode)} for each policy, in one go.
     */
    List<CoverageInfo> coverageReport(RegionCode region);

    /** The gap report, most severe first, at most {@code limit} (1 to {@link #MAX_LIMIT}) entries. */
    List<GapInfo> gaps(int limit);

    /** A learner's certifications, newest first; empty when no such learner exists. */
    Optional<List<CertificationInfo>> certifications(String learnerId);

    /** Learner ids starting with {@code prefix} (case-sensitive; all when empty), sorted, at most {@code limit}. */
    List<String> learnerIds(String prefix, int limit);

    /** The policy keys training knows (those its courses cover), sorted. */
    List<String> policyKeys();
}
