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
import org.policyops.planning.internal.dto.InitiativeRequest;
import org.policyops.planning.internal.dto.InitiativeView;
import org.policyops.core.rest.Tagged;
import org.policyops.planning.internal.service.InitiativeFilter;
import org.policyops.planning.internal.service.InitiativeService;

/**
 * {@code /api/planning/initiatives}: the planning portfolio. Anyone logged in may read; planners write everywhere,
 * regional leads only initiatives all of whose regions are theirs.
 */
@Component(service = InitiativeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("planning/initiatives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InitiativeResource {

    private final InitiativeService initiatives;

    @Activate
    public InitiativeResource(@Reference InitiativeService initiatives) {
        this.initiatives = initiatives;
    }

    @GET
    public Response list(@QueryParam("region") String region, @QueryParam("status") String status,
            @QueryParam("quarter") String quarter, @QueryParam("policy") String policy, @QueryParam("type") String type,
            @QueryParam("risk") String risk, @QueryParam("lob") String lob, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @QueryParam("sort") String sort, @Context UriInfo uriInfo) {
        InitiativeFilter filter = InitiativeFilter.of(region, status, quarter, policy, type, risk, lob);
        return Pages.response(initiatives.list(filter, RestSupport.page(limit, offset, sort,
                InitiativeService.SORTABLE, InitiativeService.DEFAULT_SORT)), uriInfo);
    }

    @POST
    @RolesAllowed({ Roles.PLANNER, Roles.REGIONAL_LEAD })
    public Response create(InitiativeRequest body, @Context SecurityContext caller, @Context UriInfo uriInfo) {
        Tagged<InitiativeView> created = initiatives.create(RestSupport.body(body), caller);
        return RestSupport.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.body().id())).build(), created);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return RestSupport.ok(initiatives.get(RestSupport.id(id, "initiative")));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.PLANNER, Roles.REGIONAL_LEAD })
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InitiativeRequest body, @Context SecurityContext caller) {
        return RestSupport.ok(initiatives.update(RestSupport.id(id, "initiative"), ifMatch, RestSupport.body(body), caller));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.PLANNER, Roles.REGIONAL_LEAD })
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext caller) {
        initiatives.delete(RestSupport.id(id, "initiative"), ifMatch, caller);
        return Response.noContent().build();
    }
}
