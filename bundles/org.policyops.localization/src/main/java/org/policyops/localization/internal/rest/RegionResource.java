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
import org.policyops.core.rest.Tagged;
import org.policyops.localization.internal.dto.RegionRequest;
import org.policyops.localization.internal.dto.RegionView;
import org.policyops.localization.internal.service.RegionService;

/**
 * {@code /api/localization/regions}: countries and region groups with the locales they require. Anyone logged in
 * reads; administrators add and change regions (PUT honours If-Match).
 */
@Component(service = RegionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("localization/regions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegionResource {

    private final RegionService regions;

    @Activate
    public RegionResource(@Reference RegionService regions) {
        this.regions = regions;
    }

    @GET
    public Response list(@QueryParam("kind") String kind, @QueryParam("limit") String limit, @QueryParam("offset") String offset,
            @QueryParam("sort") String sort, @Context UriInfo uriInfo) {
        return Pages.response(regions.list(kind, RestSupport.page(limit, offset, sort, RegionService.SORTABLE, RegionService.DEFAULT_SORT)), uriInfo);
    }

    @GET
    @Path("{code}")
    public Response get(@PathParam("code") String code) {
        return RestSupport.ok(regions.get(code));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response create(RegionRequest body, @Context UriInfo uriInfo) {
        Tagged<RegionView> created = regions.create(RestSupport.body(body));
        return RestSupport.created(uriInfo.getAbsolutePathBuilder().path(created.body().code()).build(), created);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    public Response update(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RegionRequest body) {
        return RestSupport.ok(regions.update(code.toUpperCase(java.util.Locale.ROOT), ifMatch, RestSupport.body(body)));
    }
}
