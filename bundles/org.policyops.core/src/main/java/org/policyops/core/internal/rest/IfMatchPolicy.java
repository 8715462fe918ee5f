package org.policyops.core.internal.rest;

import java.util.Set;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.policyops.core.rest.ETags;
import org.policyops.core.rest.PolicyOpsRest;

/**
 * Whether {@link ETags#checkIfMatch} refuses a change without {@code If-Match} (etc/org.policyops.rest.cfg,
 * {@code requireIfMatch}): for the PUT, PATCH and DELETE requests of the API, which replace or remove a record; a
 * POST that acts on one (an approval, a cancellation) is judged by its own rules. The domains' services call that
 * check deep inside a request, so this filter marks the request's thread; outside a request (unit tests, background
 * work) nothing is required.
 */
@Component(service = { ContainerRequestFilter.class, ContainerResponseFilter.class }, immediate = true)
@JaxrsExtension
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Priority(Priorities.HEADER_DECORATOR)
public class IfMatchPolicy implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Set<String> REPLACING = Set.of("PUT", "PATCH", "DELETE");
    private static final ThreadLocal<Boolean> REQUIRED = new ThreadLocal<>();

    private volatile boolean configured;

    /** Whether If-Match is required in the request this thread serves now. */
    public static boolean required() {
        return Boolean.TRUE.equals(REQUIRED.get());
    }

    /** Bound once, then called again whenever the settings change (see {@link RestSettings}). */
    @Reference(name = "settings", updated = "settings")
    void settings(RestSettings settings) {
        configure(settings.config());
    }

    void configure(RestConfig config) {
        configured = config.requireIfMatch();
    }

    @Deactivate
    void deactivate() {
        configured = false;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (configured && REPLACING.contains(request.getMethod())) {
            REQUIRED.set(Boolean.TRUE);
        } else {
            REQUIRED.remove();
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        REQUIRED.remove();
    }

    /** Marks this thread as serving a request that must carry If-Match (tests). */
    static void requireOnThisThread(boolean required) {
        if (required) {
            REQUIRED.set(Boolean.TRUE);
        } else {
            REQUIRED.remove();
        }
    }
}
