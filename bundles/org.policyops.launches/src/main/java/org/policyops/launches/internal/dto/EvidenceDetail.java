package org.policyops.launches.internal.dto;

import java.time.Instant;

import org.policyops.launches.internal.entity.EvidenceEntity;

/** Recorded evidence as the API shows it. */
public record EvidenceDetail(long id, String requirementId, String region, String policyKey, String policyVersion,
        String reference, String summary, String recordedBy, Instant recordedAt) {

    public static EvidenceDetail of(EvidenceEntity e) {
        return new EvidenceDetail(e.getId(), e.getRequirementId(), e.getRegion(), e.getPolicyKey(), e.getPolicyVersion(),
                e.getReference(), e.getSummary(), e.getRecordedBy(), e.getRecordedAt());
    }
}
