package org.policyops.api.training;

import org.policyops.api.RegionCode;

/**
 * Coverage and proficiency of one policy × region × role.
 *
 * @param policyKey the policy
 * @param policyVersion the version coverage is measured against (the current one), null when none is known
 * @param region the region
 * @param role the role, e.g. {@code moderator}
 * @param inScope learners with the role in the region
 * @param certified of those, how many hold a valid certification on the current version
 * @param share certified ÷ inScope, from 0 to 1; null when nobody is in scope
 * @param meanScore mean of the certified learners' latest assessment scores (0–100); null without scores
 * @param p10Score 10th percentile of those scores (nearest rank); null without scores
 */
public record CoverageInfo(String policyKey, String policyVersion, RegionCode region, String role, long inScope,
        long certified, Double share, Double meanScore, Double p10Score) {
}
