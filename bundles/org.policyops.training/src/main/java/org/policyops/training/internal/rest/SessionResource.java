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
import org.policyops.training.internal.dto.SessionRequest;
import org.policyops.training.internal.dto.SessionView;
import org.policyops.core.rest.Tagged;
import org.policyops.training.internal.service.SessionService;

/**
 * {@code /api/training/sessions}: instructor-led sessions, their enrolments and attendance. Anyone logged in reads;
 * trainers write. Creating a session whose trainer lacks a valid train-the-trainer certification is a 409.
 */
@Component(service = SessionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("training/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    /** Body of an enrolment. */
    public record EnrolRequest(String learner) {
    }

    /** Body of an attendance record. */
    public record AttendanceRequest(Boolean attended) {
    }

    private final SessionService sessions;

    @Activate
    public SessionResource(@Reference SessionService sessions) {
        this.sessions = sessions;
    }

    @GET
    public Response list(@QueryParam("course") String course, @QueryParam("trainer") String trainer,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset, @QueryParam("sort") String sort,
            @Context UriInfo uriInfo) {
        return Pages.response(sessions.list(course, trainer, RestSupport.page(limit, offset, sort,
                SessionService.SORTABLE, "startsAt")), uriInfo);
    }

    @POST
    @RolesAllowed({ Roles.TRAINER })
    public Response create(SessionRequest body, @Context UriInfo uriInfo) {
        Tagged<SessionView> created = sessions.create(RestSupport.body(body));
        return RestSupport.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.body().id())).build(), created);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return RestSupport.ok(sessions.get(RestSupport.id(id, "session")));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.TRAINER })
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        sessions.delete(RestSupport.id(id, "session"), ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/enrolments")
    @RolesAllowed({ Roles.TRAINER })
    public Response enrol(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, EnrolRequest body) {
        return RestSupport.ok(sessions.enrol(RestSupport.id(id, "session"), ifMatch, RestSupport.body(body).learner()));
    }

    @PUT
    @Path("{id}/enrolments/{learner}")
    @RolesAllowed({ Roles.TRAINER })
    public Response attendance(@PathParam("id") String id, @PathParam("learner") String learner,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, AttendanceRequest body) {
        return RestSupport.ok(sessions.attendance(RestSupport.id(id, "session"), ifMatch, learner,
                RestSupport.body(body).attended()));
    }
}
