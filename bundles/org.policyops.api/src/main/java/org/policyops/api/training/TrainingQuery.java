package org.policyops.api.training;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Read-only views of the training domain for other bundles (the console commands), registered by the training feature. */
@ProviderType
public interface TrainingQuery {

    /** The largest gap report one call returns. */
    int MAX_LIMIT = 500;

    /** The gap report, most severe first, at most {@code limit} (1 to {@link #MAX_LIMIT}) entries. */
    List<GapInfo> gaps(int limit);

    /** A learner's certifications, newest first; empty when no such learner exists. */
    Optional<List<CertificationInfo>> certifications(String learnerId);

    /** Learner ids starting with {@code prefix} (case-sensitive; all when empty), sorted, at most {@code limit}. */
    List<String> learnerIds(String prefix, int limit);

    /** The policy keys training knows (those its courses cover), sorted. */
    List<String> policyKeys();
}
