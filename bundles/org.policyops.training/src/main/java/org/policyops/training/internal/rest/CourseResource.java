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
import org.policyops.training.internal.dto.CourseRequest;
import org.policyops.training.internal.dto.CourseView;
import org.policyops.core.rest.Tagged;
import org.policyops.training.internal.service.CourseService;

/** {@code /api/training/courses}: anyone logged in reads; trainers write. Keyed by course code. */
@Component(service = CourseResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("training/courses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CourseResource {

    private final CourseService courses;

    @Activate
    public CourseResource(@Reference CourseService courses) {
        this.courses = courses;
    }

    @GET
    public Response list(@QueryParam("policy") String policy, @QueryParam("modality") String modality,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset, @QueryParam("sort") String sort,
            @Context UriInfo uriInfo) {
        return Pages.response(courses.list(policy, modality,
                RestSupport.page(limit, offset, sort, CourseService.SORTABLE, "code")), uriInfo);
    }

    @POST
    @RolesAllowed({ Roles.TRAINER })
    public Response create(CourseRequest body, @Context UriInfo uriInfo) {
        Tagged<CourseView> created = courses.create(RestSupport.body(body));
        return RestSupport.created(uriInfo.getAbsolutePathBuilder().path(created.body().code()).build(), created);
    }

    @GET
    @Path("{code}")
    public Response get(@PathParam("code") String code) {
        return RestSupport.ok(courses.get(code));
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({ Roles.TRAINER })
    public Response update(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            CourseRequest body) {
        return RestSupport.ok(courses.update(code, ifMatch, RestSupport.body(body)));
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed({ Roles.TRAINER })
    public Response delete(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        courses.delete(code, ifMatch);
        return Response.noContent().build();
    }
}
