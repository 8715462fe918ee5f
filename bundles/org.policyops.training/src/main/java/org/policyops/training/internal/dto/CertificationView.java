package org.policyops.training.internal.dto;

import java.time.Instant;

import org.policyops.api.training.CertificationInfo;
import org.policyops.training.internal.domain.CertStatus;
import org.policyops.training.internal.entity.CertificationEntity;

/** A certification with its status at the time of the request. */
public record CertificationView(long id, String learner, String course, String policyKey, String policyVersion,
        boolean trainTheTrainer, double score, Instant grantedAt, Instant validUntil, String status, String reason) {

    public static CertificationView of(CertificationEntity c, long now, int warningDays) {
        CertStatus status = CertStatus.of(c.getState(), c.getValidUntil(), now, warningDays);
        return new CertificationView(c.getId(), c.getLearnerId(), c.getCourseCode(), c.getPolicyKey(),
                c.getPolicyVersion(), c.isTrainTheTrainer(), c.getScore(), Instant.ofEpochMilli(c.getGrantedAt()),
                Instant.ofEpochMilli(c.getValidUntil()), status.name(), c.getReason());
    }

    public CertificationInfo info() {
        return new CertificationInfo(id, learner, course, policyKey, policyVersion, trainTheTrainer, score, grantedAt,
                validUntil, status, reason);
    }
}
