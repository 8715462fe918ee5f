package org.policyops.launches.internal.runtime;

import java.util.function.Supplier;

/** A value computed once, on first use, by whichever rule worker asks first; the others wait for it. */
final class Lazy<T> implements Supplier<T> {

    private Supplier<T> compute;
    private T value;

    Lazy(Supplier<T> compute) {
        this.compute = compute;
    }

    @Override
    public synchronized T get() {
        if (compute != null) {
            value = compute.get();
            compute = null;
        }
        return value;
    }
}
