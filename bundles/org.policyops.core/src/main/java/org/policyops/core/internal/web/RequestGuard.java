package org.policyops.core.internal.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.policyops.core.internal.rest.ObjectMappers;
import org.policyops.core.internal.rest.ProblemBodies;
import org.policyops.core.internal.rest.RestConfig;
import org.policyops.core.internal.rest.RestSettings;
import org.policyops.core.internal.rest.Routes;
import org.policyops.core.internal.web.RequestChecks.Refusal;
import org.policyops.core.rest.FieldError;
import org.policyops.core.rest.PolicyOpsRest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A servlet filter in front of the {@code /api} application (HTTP whiteboard, on the servlet context the JAX-RS
 * whiteboard made for it): requests whose address or declared charset CXF cannot take are answered here, as RFC 9457
 * problems, before CXF turns them into an empty 500 and a stack trace in the log. See {@link RequestChecks}.
 */
@Component(service = Filter.class, property = {
        "osgi.http.whiteboard.filter.name=policyops-request-guard",
        "osgi.http.whiteboard.filter.pattern=/*",
        // The /api application's context, and the root context where the JAX-RS whiteboard's default application
        // answers whatever Jetty's path normalisation moved out of /api (/api/%u002e%u002e/x is /x to Jetty).
        "osgi.http.whiteboard.context.select=(|" + PolicyOpsRest.APPLICATION_SELECT
                + "(osgi.http.whiteboard.context.name=default))" })
public class RequestGuard implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestGuard.class);
    private static final ObjectMapper JSON = ObjectMappers.create();

    private final ServerErrorPages errorPages = new ServerErrorPages();
    private volatile Routes routes;
    private volatile ResponseHeaders headers = new ResponseHeaders(List.of());

    /** Bound once, then called again whenever the settings change (see {@link RestSettings}). */
    @Reference(name = "settings", updated = "settings")
    void settings(RestSettings settings) {
        configure(settings.config());
    }

    void configure(RestConfig config) {
        this.headers = new ResponseHeaders(List.of(config.corsAllowedOrigins()));
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setRoutes(Routes routes) {
        this.routes = routes;
    }

    void unsetRoutes(Routes routes) {
        if (this.routes == routes) {
            this.routes = null;
        }
    }

    @Override
    public void init(FilterConfig config) {
        errorPages.ensure(config.getServletContext());
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse out)) {
            chain.doFilter(request, response);
            return;
        }
        errorPages.ensure(request);
        String authorization = http.getHeader("Authorization");
        ResponseHeaders policy = headers;
        String origin = http.getHeader("Origin");
        policy.forAnswer(http.getRequestURI(), authorization != null, origin).forEach(out::setHeader);
        if (ResponseHeaders.preflight(http.getMethod(), origin, http.getHeader("Access-Control-Request-Method"))
                && policy.originAllowed(origin)) {
            // Browsers send preflights without credentials: answered here, before authentication would refuse them.
            ResponseHeaders.forPreflight().forEach(out::setHeader);
            out.setStatus(204);
            return;
        }
        Optional<Refusal> refusal = RequestChecks.check(http.getMethod(), http.getRequestURI(), http.getQueryString(),
                http.getHeader("Content-Type"), http.getHeader("X-HTTP-Method-Override"),
                authorization != null && !authorization.isBlank());
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        answer(refusal.get(), http, out, routes);
    }

    /** Writes a refusal as a problem; {@code routes}, when known, lets a 415 name the types its route takes. */
    static void answer(Refusal r, HttpServletRequest http, HttpServletResponse out, Routes routes) throws IOException {
        // Refused input is the client's mistake (or an attack): one line at DEBUG, never a stack trace.
        LOG.debug("Refused {} {}: {} {}", http.getMethod(), shorten(http.getRequestURI()), r.status(), r.message());
        out.setStatus(r.status());
        // The same media type as every other problem of the API; JSON is UTF-8 by definition (RFC 8259).
        out.setHeader("Content-Type", PolicyOpsRest.PROBLEM_JSON);
        if (r.status() == 405) {
            out.setHeader("Allow", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
        }
        if (r.status() == 401) {
            out.setHeader("WWW-Authenticate", "Basic realm=\"PolicyOps\", charset=\"UTF-8\"");
        }
        Map<String, Object> body = problem(r, http.getRequestURI());
        if (r.status() == 415 && routes != null) {
            // What the route takes, so that the client can fix the whole Content-Type at once.
            List<String> types = routes.consumes(http.getMethod(), http.getRequestURI());
            if (!types.isEmpty()) {
                body.put("detail", body.get("detail") + "; this resource takes " + String.join(" or ", types));
                body.put("accepted", types);
            }
        }
        JSON.writeValue(out.getOutputStream(), body);
    }

    static Map<String, Object> problem(Refusal r, String rawPath) {
        Map<String, Object> body = ProblemBodies.of(r.status(), r.title(),
                r.field() == null ? r.message() : r.field() + ": " + r.message());
        if (r.field() != null) {
            body.put("errors", List.of(new FieldError(r.field(), r.message())));
        }
        body.put("instance", shorten(rawPath));
        return body;
    }

    private static String shorten(String s) {
        return s == null || s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
}
