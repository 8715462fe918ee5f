package org.policyops.metrics.internal.rest;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.policyops.core.rest.PolicyOpsRest;
import org.policyops.core.rest.RestSupport;
import org.policyops.core.rest.Roles;
import org.policyops.metrics.internal.dto.KpiRequest;
import org.policyops.metrics.internal.dto.KpiView;
import org.policyops.metrics.internal.dto.SeriesView;
import org.policyops.metrics.internal.service.KpiService;
import org.policyops.metrics.internal.service.SeriesService;

/**
 * {@code /api/metrics/kpis}: anyone logged in reads the registry and the series; admins change a KPI's target,
 * thresholds and owner (PUT with If-Match).
 */
@Component(service = KpiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("metrics/kpis")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KpiResource {

    private final KpiService kpis;
    private final SeriesService series;

    @Activate
    public KpiResource(@Reference KpiService kpis, @Reference SeriesService series) {
        this.kpis = kpis;
        this.series = series;
    }

    @GET
    public List<KpiView> list() {
        return kpis.list();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return RestSupport.ok(kpis.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, KpiRequest body,
            @Context SecurityContext caller) {
        return RestSupport.ok(kpis.update(id, ifMatch, RestSupport.body(body), caller));
    }

    @GET
    @Path("{id}/series")
    public SeriesView series(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("region") String region, @QueryParam("period") String period) {
        return series.series(id, RestSupport.text(from), RestSupport.text(to), RestSupport.region("region", region),
                RestSupport.text(period));
    }
}
