package org.policyops.tooling.internal.sample;

import java.time.Instant;

import javax.persistence.EntityManager;

/** Lets tests of other packages load the sample tools. */
public final class SamplesAccess {

    private SamplesAccess() {
    }

    public static String load(EntityManager em, Instant now) {
        return ToolingSamples.load(em, now);
    }
}
