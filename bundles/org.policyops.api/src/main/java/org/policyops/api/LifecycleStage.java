package org.policyops.api;

import java.util.Optional;

/**
 * The stages a policy version moves through, in order. A version only ever moves forward, one stage at a
 * time, so every stage it has reached carries the date it was entered.
 */
public enum LifecycleStage {
    DEVELOPMENT,
    TESTING,
    TRAINING,
    DEPLOYMENT,
    ENFORCEMENT;

    /** The stage after this one, or empty for {@link #ENFORCEMENT}. */
    public Optional<LifecycleStage> next() {
        LifecycleStage[] all = values();
        return ordinal() + 1 < all.length ? Optional.of(all[ordinal() + 1]) : Optional.empty();
    }

    public boolean isBefore(LifecycleStage other) {
        return ordinal() < other.ordinal();
    }
}
