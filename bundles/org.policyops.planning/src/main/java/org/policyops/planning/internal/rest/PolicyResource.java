package org.policyops.planning.internal.rest;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PATCH;
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
import org.policyops.core.rest.Access;
import org.policyops.core.rest.Pages;
import org.policyops.core.rest.PolicyOpsRest;
import org.policyops.core.rest.RestSupport;
import org.policyops.core.rest.Roles;
import org.policyops.planning.internal.dto.PolicyDetail;
import org.policyops.planning.internal.dto.PolicyRequest;
import org.policyops.core.rest.Tagged;
import org.policyops.planning.internal.dto.TransitionRequest;
import org.policyops.planning.internal.dto.TransitionView;
import org.policyops.planning.internal.dto.VersionDetail;
import org.policyops.planning.internal.dto.VersionPatchRequest;
import org.policyops.planning.internal.dto.VersionRequest;
import org.policyops.planning.internal.service.PolicyFilter;
import org.policyops.planning.internal.service.PolicyService;

/**
 * {@code /api/planning/policies}: the policy catalog, its versions and their lifecycle. Anyone logged in may read;
 * planners (and admins) write. Single records carry an ETag, and writes honour If-Match.
 */
@Component(service = PolicyResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("planning/policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PolicyResource {

    private final PolicyService policies;

    @Activate
    public PolicyResource(@Reference PolicyService policies) {
        this.policies = policies;
    }

    @GET
    public Response list(@QueryParam("area") String area, @QueryParam("team") String team, @QueryParam("q") String q,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset, @QueryParam("sort") String sort,
            @Context UriInfo uriInfo) {
        return Pages.response(policies.list(PolicyFilter.of(area, team, q),
                RestSupport.page(limit, offset, sort, PolicyService.SORTABLE, PolicyService.DEFAULT_SORT)), uriInfo);
    }

    @POST
    @RolesAllowed({ Roles.PLANNER })
    public Response create(PolicyRequest body, @Context UriInfo uriInfo) {
        Tagged<PolicyDetail> created = policies.create(RestSupport.body(body));
        return RestSupport.created(uriInfo.getAbsolutePathBuilder().path(created.body().key()).build(), created);
    }

    @GET
    @Path("{key}")
    public Response get(@PathParam("key") String key) {
        return RestSupport.ok(policies.get(key));
    }

    @PUT
    @Path("{key}")
    @RolesAllowed({ Roles.PLANNER })
    public Response update(@PathParam("key") String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            PolicyRequest body) {
        return RestSupport.ok(policies.update(key, ifMatch, RestSupport.body(body)));
    }

    @DELETE
    @Path("{key}")
    @RolesAllowed({ Roles.PLANNER })
    public Response delete(@PathParam("key") String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        policies.delete(key, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("{key}/versions")
    public Response versions(@PathParam("key") String key, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @QueryParam("sort") String sort, @Context UriInfo uriInfo) {
        return Pages.response(policies.listVersions(key, RestSupport.page(limit, offset, sort,
                PolicyService.VERSION_SORTABLE, PolicyService.VERSION_DEFAULT_SORT)), uriInfo);
    }

    @POST
    @Path("{key}/versions")
    @RolesAllowed({ Roles.PLANNER })
    public Response createVersion(@PathParam("key") String key, VersionRequest body, @Context SecurityContext caller,
            @Context UriInfo uriInfo) {
        Tagged<VersionDetail> created = policies.createVersion(key, RestSupport.body(body), Access.userName(caller));
        return RestSupport.created(uriInfo.getAbsolutePathBuilder().path(created.body().version()).build(), created);
    }

    @GET
    @Path("{key}/versions/{version}")
    public Response version(@PathParam("key") String key, @PathParam("version") String version) {
        return RestSupport.ok(policies.getVersion(key, version));
    }

    @PATCH
    @Path("{key}/versions/{version}")
    @RolesAllowed({ Roles.PLANNER })
    public Response patchVersion(@PathParam("key") String key, @PathParam("version") String version,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, VersionPatchRequest body) {
        return RestSupport.ok(policies.patchVersion(key, version, ifMatch, RestSupport.body(body)));
    }

    @GET
    @Path("{key}/versions/{version}/transitions")
    public List<TransitionView> transitions(@PathParam("key") String key, @PathParam("version") String version) {
        return policies.transitions(key, version);
    }

    @POST
    @Path("{key}/versions/{version}/transitions")
    @RolesAllowed({ Roles.PLANNER })
    public Response transition(@PathParam("key") String key, @PathParam("version") String version,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, TransitionRequest body, @Context SecurityContext caller) {
        return RestSupport.ok(policies.transition(key, version, ifMatch, RestSupport.body(body), Access.userName(caller)));
    }
}
