package org.policyops.metrics.internal.rest;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.policyops.core.rest.PolicyOpsRest;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Roles;
import org.policyops.metrics.internal.MetricsConfig;
import org.policyops.metrics.internal.prometheus.PlatformMetrics;
import org.policyops.metrics.internal.service.ScrapeAccess;

/**
 * {@code GET /api/metrics/prometheus}: the scrape in the Prometheus text format. It needs a login with the role named by
 * {@code scrapeRole} (etc/org.policyops.metrics.cfg, {@code metrics} by default) or {@code admin}; the role is read
 * from the configuration at each request, so a change applies at once.
 */
@Component(service = PrometheusResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("metrics/prometheus")
public class PrometheusResource {

    private final PlatformMetrics metrics;
    private final ScrapeAccess access;

    @Activate
    public PrometheusResource(@Reference PlatformMetrics metrics, @Reference ScrapeAccess access) {
        this.metrics = metrics;
        this.access = access;
    }

    @GET
    @PermitAll // checked below against the configured role
    public Response scrape(@Context SecurityContext caller) {
        check(caller, access.role());
        StreamingOutput body = metrics::write;
        return Response.ok(body, metrics.contentType()).build();
    }

    static void check(SecurityContext caller, String role) {
        if (caller == null || caller.getUserPrincipal() == null) {
            throw new ProblemException(401, "Unauthorized", "Scraping needs a login"
                    + (role.isEmpty() ? "" : " with the role " + role) + " (HTTP Basic).");
        }
        if (!role.isEmpty() && !caller.isUserInRole(role) && !caller.isUserInRole(Roles.ADMIN)) {
            throw ProblemException.forbidden("Scraping needs the role " + role + " (scrapeRole in etc/" + MetricsConfig.PID
                    + ".cfg).");
        }
    }
}
