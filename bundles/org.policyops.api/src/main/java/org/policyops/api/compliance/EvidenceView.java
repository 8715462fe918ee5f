package org.policyops.api.compliance;

import java.time.Instant;

import org.policyops.api.RegionCode;

/**
 * Compliance evidence recorded for a policy, such as a risk assessment or a legal review.
 *
 * @param requirementId the requirement it satisfies, e.g. {@code UK-OSA-9} (see
 *        {@link org.policyops.api.localization.RequirementCatalog})
 * @param region the region it was made for
 * @param policyKey the policy
 * @param policyVersion the version it covers, or null for the policy as a whole
 * @param reference where the document is (URL or document id)
 * @param summary what it concluded, in a sentence
 * @param recordedBy who recorded it
 * @param recordedAt when it was recorded
 */
public record EvidenceView(String requirementId, RegionCode region, String policyKey, String policyVersion,
        String reference, String summary, String recordedBy, Instant recordedAt) {
}
