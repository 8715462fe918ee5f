package org.policyops.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LifecycleStageTest {

    @Test
    void eachStageIsFollowedByTheNextInOrder() {
        assertEquals(Optional.of(LifecycleStage.TESTING), LifecycleStage.DEVELOPMENT.next());
        assertEquals(Optional.of(LifecycleStage.TRAINING), LifecycleStage.TESTING.next());
        assertEquals(Optional.of(LifecycleStage.DEPLOYMENT), LifecycleStage.TRAINING.next());
        assertEquals(Optional.of(LifecycleStage.ENFORCEMENT), LifecycleStage.DEPLOYMENT.next());
    }

    @Test
    void enforcementIsTheLastStage() {
        assertEquals(Optional.empty(), LifecycleStage.ENFORCEMENT.next());
    }

    @Test
    void followingNextFromDevelopmentVisitsEveryStageOnce() {
        List<LifecycleStage> visited = new ArrayList<>();
        for (Optional<LifecycleStage> s = Optional.of(LifecycleStage.DEVELOPMENT); s.isPresent(); s = s.get().next()) {
            visited.add(s.get());
        }
        assertEquals(List.of(LifecycleStage.values()), visited);
    }

    @Test
    void isBeforeComparesPositionInTheLifecycle() {
        assertTrue(LifecycleStage.TESTING.isBefore(LifecycleStage.ENFORCEMENT));
        assertFalse(LifecycleStage.ENFORCEMENT.isBefore(LifecycleStage.TESTING));
        assertFalse(LifecycleStage.TRAINING.isBefore(LifecycleStage.TRAINING));
    }
}
