package org.policyops.core.internal.rest;

import java.io.IOException;
import java.io.PushbackInputStream;
import java.util.List;
import java.util.Set;

import javax.annotation.Priority;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.policyops.core.rest.PolicyOpsRest;

/**
 * Lets a POST, PUT or PATCH that has neither a body nor a {@code Content-Type} reach its resource method as "no
 * body", as {@code curl -X POST .../approval} sends it. CXF reads a body without {@code Content-Type} as
 * {@code application/octet-stream}, which no method of ours consumes, and so answered such requests 415 although
 * there is nothing to read.
 * <p>
 * An empty body is declared as {@code *}{@code /*}: any type the matched method consumes. Resource matching treats a
 * missing {@code Content-Type} as that already, so the same method is chosen as before, and the body is read with
 * the method's own media type (JSON for JSON methods, which read an empty body as none). A body sent without
 * {@code Content-Type}, or with a type the method does not consume, is refused with 415 as before.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@PreMatching
@Priority(Priorities.HEADER_DECORATOR) // after authentication: a refused login reads nothing
public class EmptyBodyFilter implements ContainerRequestFilter {

    private static final Set<String> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!WITH_BODY.contains(request.getMethod()) || namesContentType(request)
                || request.hasEntity() && !entityIsEmpty(request)) {
            return;
        }
        request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.WILDCARD);
    }

    /**
     * CXF gives no entity at all for a request without body, but a stream may still turn out empty (for example
     * with {@code Content-Length: 0}): reads its first byte and puts it back.
     */
    private static boolean entityIsEmpty(ContainerRequestContext request) throws IOException {
        PushbackInputStream body = new PushbackInputStream(request.getEntityStream(), 1);
        int first = body.read();
        if (first >= 0) {
            body.unread(first);
        }
        request.setEntityStream(body);
        return first < 0;
    }

    /** CXF lists a missing {@code Content-Type} as one null value, so the header's presence alone does not tell. */
    private static boolean namesContentType(ContainerRequestContext request) {
        List<String> values = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        return values != null && values.stream().anyMatch(v -> v != null && !v.isBlank());
    }
}
