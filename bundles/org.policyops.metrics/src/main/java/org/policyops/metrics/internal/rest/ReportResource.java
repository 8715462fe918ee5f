package org.policyops.metrics.internal.rest;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.policyops.core.rest.Access;
import org.policyops.core.rest.Pages;
import org.policyops.core.rest.PolicyOpsRest;
import org.policyops.core.rest.RestSupport;
import org.policyops.core.rest.Roles;
import org.policyops.metrics.internal.dto.ReportRequest;
import org.policyops.metrics.internal.dto.ReportView;
import org.policyops.metrics.internal.service.ReportService;

/**
 * {@code /api/metrics/reports}: the archive of executive reports. Anyone logged in lists and downloads them, as they
 * read the scorecard; admins write one on demand.
 */
@Component(service = ReportResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("metrics/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {

    static final String PDF = "application/pdf";

    private final ReportService reports;

    @Activate
    public ReportResource(@Reference ReportService reports) {
        this.reports = reports;
    }

    @GET
    public Response list(@QueryParam("kind") String kind, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @QueryParam("sort") String sort, @Context UriInfo uri) {
        return Pages.response(reports.list(RestSupport.text(kind), RestSupport.page(limit, offset, sort,
                ReportService.SORTABLE, ReportService.DEFAULT_SORT)), uri);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response generate(ReportRequest body, @Context SecurityContext caller, @Context UriInfo uri) {
        ReportView v = reports.generate(RestSupport.body(body), Access.userName(caller));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(v.id())).build()).entity(v).build();
    }

    @GET
    @Path("{id}")
    public ReportView get(@PathParam("id") String id) {
        return reports.get(RestSupport.id(id, "report"));
    }

    @GET
    @Path("{id}/html")
    @Produces(MediaType.TEXT_HTML)
    public Response html(@PathParam("id") String id) {
        long n = RestSupport.id(id, "report");
        return Response.ok(reports.html(n), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "inline; filename=\"" + fileName(n) + ".html\"").build();
    }

    @GET
    @Path("{id}/pdf")
    @Produces(PDF)
    public Response pdf(@PathParam("id") String id) {
        long n = RestSupport.id(id, "report");
        return Response.ok(reports.pdf(n), PDF)
                .header("Content-Disposition", "attachment; filename=\"" + fileName(n) + ".pdf\"").build();
    }

    private String fileName(long id) {
        ReportView v = reports.get(id);
        return "policyops-" + v.kind().toLowerCase(java.util.Locale.ROOT) + "-report-" + v.period();
    }
}
