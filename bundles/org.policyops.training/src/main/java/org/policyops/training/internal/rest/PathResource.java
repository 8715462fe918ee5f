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
import org.policyops.training.internal.dto.PathRequest;
import org.policyops.training.internal.dto.PathView;
import org.policyops.core.rest.Tagged;
import org.policyops.training.internal.service.PathService;

/** {@code /api/training/paths}: learning paths by role and region. Anyone logged in reads; trainers write. */
@Component(service = PathResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("training/paths")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PathResource {

    private final PathService paths;

    @Activate
    public PathResource(@Reference PathService paths) {
        this.paths = paths;
    }

    @GET
    public Response list(@QueryParam("role") String role, @QueryParam("region") String region,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset, @QueryParam("sort") String sort,
            @Context UriInfo uriInfo) {
        return Pages.response(paths.list(role, region, RestSupport.page(limit, offset, sort,
                PathService.SORTABLE, "name")), uriInfo);
    }

    @POST
    @RolesAllowed({ Roles.TRAINER })
    public Response create(PathRequest body, @Context UriInfo uriInfo) {
        Tagged<PathView> created = paths.create(RestSupport.body(body));
        return RestSupport.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.body().id())).build(), created);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return RestSupport.ok(paths.get(RestSupport.id(id, "learning path")));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.TRAINER })
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PathRequest body) {
        return RestSupport.ok(paths.update(RestSupport.id(id, "learning path"), ifMatch, RestSupport.body(body)));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.TRAINER })
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        paths.delete(RestSupport.id(id, "learning path"), ifMatch);
        return Response.noContent().build();
    }
}
