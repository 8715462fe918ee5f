package org.policyops.planning.internal.dto;

import java.time.Instant;

import org.policyops.planning.internal.entity.DependencyEntity;

/** One dependency edge: initiative {@code initiativeId} depends on initiative {@code dependsOn}. */
public record DependencyView(long initiativeId, long dependsOn, Instant createdAt, String createdBy) {

    public static DependencyView of(DependencyEntity d) {
        return new DependencyView(d.getInitiativeId(), d.getDependsOnId(), d.getCreatedAt(), d.getCreatedBy());
    }
}
