package org.policyops.launches.internal.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Finds the optional services a rule asks its context for, for the duration of one evaluation, and releases them
 * when the evaluation returns ({@link #close()} runs on the worker, after the rule, even if it was abandoned).
 */
public interface ServiceLookup extends AutoCloseable {

    /** The highest-ranked service of that type, or empty when none is registered (the feature is not installed). */
    <S> Optional<S> find(Class<S> type);

    @Override
    void close();

    /** Finds nothing: no feature is installed. */
    ServiceLookup NONE = new ServiceLookup() {
        @Override
        public <S> Optional<S> find(Class<S> type) {
            return Optional.empty();
        }

        @Override
        public void close() {
        }
    };

    /**
     * Looks services up through a bundle context: the rule's own plugin bundle's, so the framework hands it only
     * services whose packages it is wired to, exactly as if the plugin had looked them up itself.
     */
    static ServiceLookup of(BundleContext context) {
        return new ServiceLookup() {
            private final List<ServiceReference<?>> obtained = new ArrayList<>();

            @Override
            public synchronized <S> Optional<S> find(Class<S> type) {
                try {
                    Collection<ServiceReference<S>> refs = context.getServiceReferences(type, null);
                    // getServiceReferences is unordered; the highest ranking (then the oldest) wins, as getServiceReference.
                    ServiceReference<S> best = refs.stream().max(ServiceReference::compareTo).orElse(null);
                    if (best == null) {
                        return Optional.empty();
                    }
                    S service = context.getService(best);
                    if (service == null) {
                        return Optional.empty();
                    }
                    obtained.add(best);
                    return Optional.of(service);
                } catch (InvalidSyntaxException e) {
                    throw new IllegalStateException(e);
                } catch (IllegalStateException e) {
                    return Optional.empty(); // the plugin is stopping
                }
            }

            @Override
            public synchronized void close() {
                for (ServiceReference<?> ref : obtained) {
                    try {
                        context.ungetService(ref);
                    } catch (IllegalStateException e) {
                        // the bundle stopped meanwhile; its services were released with it
                    }
                }
                obtained.clear();
            }
        };
    }
}
