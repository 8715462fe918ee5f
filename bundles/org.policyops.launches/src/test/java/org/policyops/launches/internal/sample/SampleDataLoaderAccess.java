package org.policyops.launches.internal.sample;

import java.time.Clock;

import org.apache.aries.jpa.template.JpaTemplate;

/** Lets tests in other packages run the loader's one-time load synchronously. */
public final class SampleDataLoaderAccess {

    private SampleDataLoaderAccess() {
    }

    /** True when the samples were loaded now, false when they had been before. */
    public static boolean loadOnce(JpaTemplate jpa, Clock clock) {
        SampleDataLoader loader = new SampleDataLoader(jpa, clock);
        try {
            return loader.loadOnce(SampleDataLoader.SAMPLES).isPresent();
        } finally {
            loader.deactivate();
        }
    }
}
