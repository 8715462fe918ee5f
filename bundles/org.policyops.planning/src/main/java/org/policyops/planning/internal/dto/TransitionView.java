package org.policyops.planning.internal.dto;

import java.time.Instant;

import org.policyops.api.LifecycleStage;
import org.policyops.planning.internal.entity.StageTransitionEntity;

/** When a policy version entered a stage, and who moved it there. */
public record TransitionView(LifecycleStage stage, Instant enteredAt, String movedBy, String note) {

    public static TransitionView of(StageTransitionEntity t) {
        return new TransitionView(t.getStage(), t.getEnteredAt(), t.getMovedBy(), t.getNote());
    }
}
