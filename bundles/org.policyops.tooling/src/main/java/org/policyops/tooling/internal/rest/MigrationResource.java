package org.policyops.tooling.internal.rest;

import java.util.Map;

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
import org.policyops.core.rest.Tagged;
import org.policyops.tooling.internal.dto.MigrationRequest;
import org.policyops.tooling.internal.dto.MigrationStateRequest;
import org.policyops.tooling.internal.dto.MigrationView;
import org.policyops.tooling.internal.service.MigrationService;

/**
 * {@code /api/tooling/migrations}: anyone logged in reads (with {@code overdue=true}, only the overdue ones); the
 * tooling role, or regional leads for migrations of their regions, write. PUT honours If-Match; state moves are
 * {@code POST .../state}.
 */
@Component(service = MigrationResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("tooling/migrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MigrationResource {

    private final MigrationService migrations;

    @Activate
    public MigrationResource(@Reference MigrationService migrations) {
        this.migrations = migrations;
    }

    @GET
    public Response list(@QueryParam("overdue") String overdue, @QueryParam("state") String state,
            @QueryParam("tool") String tool, @QueryParam("region") String region, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @QueryParam("sort") String sort, @Context UriInfo uriInfo) {
        MigrationService.Filter filter = new MigrationService.Filter(Boolean.TRUE.equals(RestSupport.bool("overdue", overdue)),
                MigrationService.state(state), RestSupport.text(tool), RestSupport.region("region", region));
        return Pages.response(migrations.list(filter, RestSupport.page(limit, offset, sort, MigrationService.SORTABLE, "id")),
                uriInfo);
    }

    @POST
    @RolesAllowed({ Roles.TOOLING, Roles.REGIONAL_LEAD })
    public Response create(MigrationRequest body, @Context SecurityContext caller, @Context UriInfo uriInfo) {
        Tagged<MigrationView> created = migrations.create(RestSupport.body(body), caller);
        return RestSupport.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.body().id())).build(), created);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return RestSupport.ok(migrations.get(RestSupport.id(id, "migration")));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.TOOLING, Roles.REGIONAL_LEAD })
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, MigrationRequest body,
            @Context SecurityContext caller) {
        return RestSupport.ok(migrations.update(RestSupport.id(id, "migration"), ifMatch, RestSupport.body(body), caller));
    }

    @POST
    @Path("{id}/state")
    @RolesAllowed({ Roles.TOOLING, Roles.REGIONAL_LEAD })
    public Response state(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            MigrationStateRequest body, @Context SecurityContext caller) {
        return RestSupport.ok(migrations.changeState(RestSupport.id(id, "migration"), ifMatch, RestSupport.body(body), caller));
    }
}
