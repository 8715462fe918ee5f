package org.policyops.localization.internal.rest;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
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
import org.policyops.localization.internal.dto.RequirementView;
import org.policyops.localization.internal.dto.RequirementRequest;
import org.policyops.core.rest.Tagged;
import org.policyops.localization.internal.service.RequirementService;

/**
 * {@code /api/localization/requirements}: the catalog of regional compliance requirements (regulation, article,
 * what it demands, the evidence expected). Anyone logged in reads; administrators add and change them.
 */
@Component(service = RequirementResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("localization/requirements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequirementResource {

    private final RequirementService requirements;

    @Activate
    public RequirementResource(@Reference RequirementService requirements) {
        this.requirements = requirements;
    }

    @GET
    public Response list(@QueryParam("region") String region, @QueryParam("limit") String limit, @QueryParam("offset") String offset,
            @QueryParam("sort") String sort, @Context UriInfo uriInfo) {
        return Pages.response(requirements.list(RestSupport.region("region", region), RestSupport.page(limit, offset, sort, RequirementService.SORTABLE,
                RequirementService.DEFAULT_SORT)), uriInfo);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return RestSupport.ok(requirements.get(id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response create(RequirementRequest body, @Context UriInfo uriInfo) {
        Tagged<RequirementView> created = requirements.create(RestSupport.body(body));
        return RestSupport.created(uriInfo.getAbsolutePathBuilder().path(created.body().id()).build(), created);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RequirementRequest body) {
        return RestSupport.ok(requirements.update(id, ifMatch, RestSupport.body(body)));
    }
}
