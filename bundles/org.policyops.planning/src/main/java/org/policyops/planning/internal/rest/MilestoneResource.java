package org.policyops.planning.internal.rest;

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
import org.policyops.planning.internal.dto.MilestoneRequest;
import org.policyops.planning.internal.dto.MilestoneView;
import org.policyops.core.rest.Tagged;
import org.policyops.planning.internal.service.MilestoneService;

/**
 * {@code /api/planning/initiatives/{id}/milestones}: the dated milestones of an initiative. Anyone logged in may
 * read; writing needs the rights to write the initiative. Single milestones carry an ETag; writes honour If-Match.
 */
@Component(service = MilestoneResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("planning/initiatives/{id}/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MilestoneResource {

    private final MilestoneService milestones;

    @Activate
    public MilestoneResource(@Reference MilestoneService milestones) {
        this.milestones = milestones;
    }

    @GET
    public Response list(@PathParam("id") String id, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @QueryParam("sort") String sort, @Context UriInfo uriInfo) {
        return Pages.response(milestones.list(RestSupport.id(id, "initiative"), RestSupport.page(limit, offset, sort,
                MilestoneService.SORTABLE, MilestoneService.DEFAULT_SORT)), uriInfo);
    }

    @POST
    @RolesAllowed({ Roles.PLANNER, Roles.REGIONAL_LEAD })
    public Response create(@PathParam("id") String id, MilestoneRequest body, @Context SecurityContext caller,
            @Context UriInfo uriInfo) {
        Tagged<MilestoneView> created = milestones.create(RestSupport.id(id, "initiative"), RestSupport.body(body), caller);
        return RestSupport.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.body().id())).build(), created);
    }

    @GET
    @Path("{milestoneId}")
    public Response get(@PathParam("id") String id, @PathParam("milestoneId") String milestoneId) {
        return RestSupport.ok(milestones.get(RestSupport.id(id, "initiative"), RestSupport.id(milestoneId, "milestone")));
    }

    @PUT
    @Path("{milestoneId}")
    @RolesAllowed({ Roles.PLANNER, Roles.REGIONAL_LEAD })
    public Response update(@PathParam("id") String id, @PathParam("milestoneId") String milestoneId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, MilestoneRequest body, @Context SecurityContext caller) {
        return RestSupport.ok(milestones.update(RestSupport.id(id, "initiative"), RestSupport.id(milestoneId, "milestone"), ifMatch,
                RestSupport.body(body), caller));
    }

    @DELETE
    @Path("{milestoneId}")
    @RolesAllowed({ Roles.PLANNER, Roles.REGIONAL_LEAD })
    public Response delete(@PathParam("id") String id, @PathParam("milestoneId") String milestoneId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context SecurityContext caller) {
        milestones.delete(RestSupport.id(id, "initiative"), RestSupport.id(milestoneId, "milestone"), ifMatch, caller);
        return Response.noContent().build();
    }
}
