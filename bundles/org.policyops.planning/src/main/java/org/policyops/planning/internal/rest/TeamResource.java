package org.policyops.planning.internal.rest;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.Consumes;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.policyops.core.rest.PolicyOpsRest;
import org.policyops.core.rest.Pages;
import org.policyops.core.rest.RestSupport;
import org.policyops.core.rest.Roles;
import org.policyops.core.rest.Tagged;
import org.policyops.planning.internal.dto.TeamRequest;
import org.policyops.planning.internal.dto.TeamView;
import org.policyops.planning.internal.service.TeamService;

/**
 * {@code /api/planning/teams}: teams with their members, whose capacity is planned. Anyone logged in may read;
 * writing needs {@code planner} (or admin), or a
 * regional lead for the team's region. Single teams carry an ETag; PUT and DELETE honour If-Match.
 */
@Component(service = TeamResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("planning/teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamResource {

    private final TeamService teams;

    @Activate
    public TeamResource(@Reference TeamService teams) {
        this.teams = teams;
    }

    @GET
    public Response list(@QueryParam("limit") String limit, @QueryParam("offset") String offset,
            @QueryParam("sort") String sort, @Context UriInfo uriInfo) {
        return Pages.response(teams.list(RestSupport.page(limit, offset, sort, TeamService.SORTABLE,
                TeamService.DEFAULT_SORT)), uriInfo);
    }

    @POST
    @RolesAllowed({ Roles.PLANNER, Roles.REGIONAL_LEAD })
    public Response create(TeamRequest body, @Context SecurityContext caller, @Context UriInfo uriInfo) {
        Tagged<TeamView> created = teams.create(RestSupport.body(body), caller);
        return RestSupport.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.body().id())).build(), created);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return RestSupport.ok(teams.get(RestSupport.id(id, "team")));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.PLANNER, Roles.REGIONAL_LEAD })
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, TeamRequest body,
            @Context SecurityContext caller) {
        return RestSupport.ok(teams.update(RestSupport.id(id, "team"), ifMatch, RestSupport.body(body), caller));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.PLANNER, Roles.REGIONAL_LEAD })
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext caller) {
        teams.delete(RestSupport.id(id, "team"), ifMatch, caller);
        return Response.noContent().build();
    }
}
