package org.policyops.api.training;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The learners training knows, counted by role and region: who the people of a role are. Registered by the training
 * feature; the tooling feature takes a tool's target population from it (the people meant to use the tool).
 *
 * @since 1.1
 */
@ProviderType
public interface LearnerDirectory {

    /**
     * Learners holding the role, per region code (a learner counts in their own region only); regions without any are
     * left out, and an unknown role gives an empty map. Counted by the database.
     */
    Map<String, Long> learnersByRegion(String role);
}
