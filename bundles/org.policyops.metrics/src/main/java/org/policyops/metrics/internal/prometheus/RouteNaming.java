package org.policyops.metrics.internal.prometheus;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.policyops.core.rest.PolicyOpsRest;

/**
 * Gives every resource method a filter that names its route template on the request, for {@link RequestTimer}; the
 * template is worked out once per method when the application is built, not per request.
 */
@Component(service = DynamicFeature.class)
@JaxrsExtension
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
public class RouteNaming implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        context.register(new Name(RequestTimer.route(resourceInfo.getResourceClass(), resourceInfo.getResourceMethod())));
    }

    /** Runs before authentication, so that a refused request is counted under its route too. */
    @Priority(Priorities.AUTHENTICATION - 50)
    static final class Name implements ContainerRequestFilter {
        private final String route;

        Name(String route) {
            this.route = route;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            request.setProperty(RequestTimer.ROUTE, route);
        }
    }
}
