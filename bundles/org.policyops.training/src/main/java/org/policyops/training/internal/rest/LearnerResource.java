package org.policyops.training.internal.rest;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
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
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.policyops.core.rest.Pages;
import org.policyops.core.rest.PolicyOpsRest;
import org.policyops.core.rest.RestSupport;
import org.policyops.core.rest.Roles;
import org.policyops.core.csv.CsvRows;
import org.policyops.training.internal.dto.LearnerRequest;
import org.policyops.training.internal.dto.LearnerStatus;
import org.policyops.training.internal.dto.LearnerView;
import org.policyops.core.rest.Tagged;
import org.policyops.training.internal.dto.ImportReport;
import org.policyops.training.internal.service.LearnerService;

/**
 * {@code /api/training/learners}: anyone logged in reads; trainers write every learner, regional leads the learners
 * of their regions. CSV export and import ({@code ?skipInvalid=true} imports the good rows of a file with bad ones).
 */
@Component(service = LearnerResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("training/learners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LearnerResource {

    private final LearnerService learners;

    @Activate
    public LearnerResource(@Reference LearnerService learners) {
        this.learners = learners;
    }

    @GET
    public Response list(@QueryParam("region") String region, @QueryParam("role") String role,
            @QueryParam("team") String team, @QueryParam("q") String q, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @QueryParam("sort") String sort, @Context UriInfo uriInfo) {
        return Pages.response(learners.list(region, role, team, q, RestSupport.page(limit, offset, sort,
                LearnerService.SORTABLE, LearnerService.DEFAULT_SORT)), uriInfo);
    }

    @POST
    @RolesAllowed({ Roles.TRAINER, Roles.REGIONAL_LEAD })
    public Response create(LearnerRequest body, @Context SecurityContext caller, @Context UriInfo uriInfo) {
        Tagged<LearnerView> created = learners.create(RestSupport.body(body), caller);
        return RestSupport.created(uriInfo.getAbsolutePathBuilder().path(created.body().id()).build(), created);
    }

    @GET
    @Path("export")
    @Produces(CsvRows.MEDIA_TYPE)
    public Response export() {
        return RestSupport.csv(learners.exportCsv(), "learners.csv");
    }

    @POST
    @Path("import")
    @Consumes({ CsvRows.MEDIA_TYPE, MediaType.TEXT_PLAIN })
    @RolesAllowed({ Roles.TRAINER, Roles.REGIONAL_LEAD })
    public ImportReport importCsv(String body, @QueryParam("skipInvalid") boolean skipInvalid,
            @Context SecurityContext caller) {
        return learners.importCsv(body, skipInvalid, caller);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return RestSupport.ok(learners.get(id));
    }

    @GET
    @Path("{id}/status")
    public LearnerStatus status(@PathParam("id") String id) {
        return learners.status(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.TRAINER, Roles.REGIONAL_LEAD })
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            LearnerRequest body, @Context SecurityContext caller) {
        return RestSupport.ok(learners.update(id, ifMatch, RestSupport.body(body), caller));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.TRAINER, Roles.REGIONAL_LEAD })
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext caller) {
        learners.delete(id, ifMatch, caller);
        return Response.noContent().build();
    }
}
