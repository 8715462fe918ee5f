package org.policyops.training.internal.dto;

import org.policyops.training.internal.entity.PathEntity;

public record PathView(long id, String name, String role, String region, String curriculum, int dueDays) {

    public static PathView of(PathEntity p) {
        return new PathView(p.getId(), p.getName(), p.getRole(), p.getRegion(), p.getCurriculumCode(), p.getDueDays());
    }
}
