package org.policyops.metrics.internal.prometheus;

import java.lang.reflect.Method;

import javax.annotation.Priority;
import javax.ws.rs.Path;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.policyops.core.rest.PolicyOpsRest;

/**
 * Times every request of the {@code /api} application, from before authentication to the response, and records it
 * with its route template ({@link RouteNaming} names the matched method's) and status in {@link PlatformMetrics}. A
 * request that matched no resource method is recorded under the route {@code unmatched}, so a client probing
 * addresses cannot create a series per address.
 */
@Component(service = { ContainerRequestFilter.class, ContainerResponseFilter.class })
@JaxrsExtension
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestTimer implements ContainerRequestFilter, ContainerResponseFilter {

    static final String STARTED = RequestTimer.class.getName() + ".started";
    static final String ROUTE = RequestTimer.class.getName() + ".route";
    static final String UNMATCHED = "unmatched";

    private final PlatformMetrics metrics;

    @Activate
    public RequestTimer(@Reference PlatformMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        if (!(started instanceof Long t)) {
            return;
        }
        Object route = request.getProperty(ROUTE);
        metrics.observeRequest(request.getMethod(), route instanceof String r ? r : UNMATCHED, response.getStatus(),
                (System.nanoTime() - t) / 1e9);
    }

    /**
     * {@code /api/} + the class's and the method's {@code @Path} with path parameters as their names only, e.g.
     * {@code /api/launches/{id}/readiness} for {@code {id: [0-9]+}/readiness}: the label says which route, not how it
     * matches.
     */
    static String route(Class<?> type, Method method) {
        StringBuilder sb = new StringBuilder("/api");
        for (Path p : new Path[] { type == null ? null : type.getAnnotation(Path.class), method == null ? null : method.getAnnotation(Path.class) }) {
            if (p == null) {
                continue;
            }
            String part = withoutPatterns(p.value()).replaceAll("^/+|/+$", "");
            if (!part.isEmpty()) {
                sb.append('/').append(part);
            }
        }
        return sb.toString();
    }

    /** {@code {id: [0-9]{1,9}}} → {@code {id}}; braces inside a pattern are counted. */
    static String withoutPatterns(String template) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int depth = 0;
            int j = i;
            StringBuilder name = new StringBuilder();
            boolean inName = true;
            for (; j < template.length(); j++) {
                char d = template.charAt(j);
                if (d == '{') {
                    depth++;
                } else if (d == '}') {
                    depth--;
                    if (depth == 0) {
                        break;
                    }
                } else if (depth == 1 && d == ':') {
                    inName = false;
                } else if (depth == 1 && inName && !Character.isWhitespace(d)) {
                    name.append(d);
                }
            }
            out.append('{').append(name).append('}');
            i = j + 1;
        }
        return out.toString();
    }
}
