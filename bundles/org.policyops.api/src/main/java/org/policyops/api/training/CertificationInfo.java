package org.policyops.api.training;

import java.time.Instant;

/**
 * A learner's certification as other bundles see it.
 *
 * @param status VALID, EXPIRING, EXPIRED, RECERTIFICATION_REQUIRED or SUPERSEDED, as of now
 * @param reason why recertification is required, or null
 */
public record CertificationInfo(long id, String learnerId, String courseCode, String policyKey, String policyVersion,
        boolean trainTheTrainer, double score, Instant grantedAt, Instant validUntil, String status, String reason) {
}
