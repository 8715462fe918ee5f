package org.policyops.planning.internal.rest;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
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
import org.policyops.core.rest.PolicyOpsRest;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.RestSupport;
import org.policyops.core.rest.Roles;
import org.policyops.planning.internal.dto.DependenciesView;
import org.policyops.planning.internal.dto.DependencyRequest;
import org.policyops.planning.internal.dto.DependencyView;
import org.policyops.planning.internal.service.DependencyService;

/**
 * {@code /api/planning/initiatives/{id}/dependencies}: what an initiative depends on and what depends on it.
 * Anyone logged in may read; planners add and remove edges, regional leads only between initiatives of their regions.
 */
@Component(service = DependencyResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("planning/initiatives/{id}/dependencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DependencyResource {

    private final DependencyService dependencies;

    @Activate
    public DependencyResource(@Reference DependencyService dependencies) {
        this.dependencies = dependencies;
    }

    @GET
    public DependenciesView list(@PathParam("id") String id) {
        return dependencies.list(RestSupport.id(id, "initiative"));
    }

    @POST
    @RolesAllowed({ Roles.PLANNER, Roles.REGIONAL_LEAD })
    public Response add(@PathParam("id") String id, DependencyRequest body, @Context SecurityContext caller,
            @Context UriInfo uriInfo) {
        DependencyView created = dependencies.add(RestSupport.id(id, "initiative"), RestSupport.body(body), caller);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.dependsOn())).build())
                .entity(created).build();
    }

    @GET
    @Path("{dependsOn}")
    public DependencyView get(@PathParam("id") String id, @PathParam("dependsOn") String dependsOn) {
        return dependencies.get(RestSupport.id(id, "initiative"), edgeEnd(id, dependsOn));
    }

    @DELETE
    @Path("{dependsOn}")
    @RolesAllowed({ Roles.PLANNER, Roles.REGIONAL_LEAD })
    public Response remove(@PathParam("id") String id, @PathParam("dependsOn") String dependsOn,
            @Context SecurityContext caller) {
        dependencies.remove(RestSupport.id(id, "initiative"), edgeEnd(id, dependsOn), caller);
        return Response.noContent().build();
    }

    private static long edgeEnd(String id, String dependsOn) {
        try {
            return Long.parseLong(dependsOn);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("dependency", id + " → " + dependsOn);
        }
    }
}
