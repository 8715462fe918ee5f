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
import javax.ws.rs.DELETE;

import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Tagged;
import org.policyops.localization.internal.dto.TimelineRequest;
import org.policyops.localization.internal.dto.TimelineView;
import org.policyops.localization.internal.service.TimelineService;

/**
 * {@code /api/localization/timelines}: per policy version and region, target dates for translation, training and
 * enforcement start; {@code ?overdue=true} lists the late ones. Writing needs {@code localization} or a regional
 * lead for the timeline's region. PUT and DELETE honour If-Match.
 */
@Component(service = TimelineResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("localization/timelines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TimelineResource {

    private final TimelineService timelines;

    @Activate
    public TimelineResource(@Reference TimelineService timelines) {
        this.timelines = timelines;
    }

    @GET
    public Response list(@QueryParam("policy") String policy, @QueryParam("version") String version,
            @QueryParam("region") String region, @QueryParam("overdue") String overdue, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @QueryParam("sort") String sort, @Context UriInfo uriInfo) {
        TimelineService.Filter filter = new TimelineService.Filter(RestSupport.text(policy), RestSupport.text(version), RestSupport.region("region", region),
                Boolean.TRUE.equals(RestSupport.bool("overdue", overdue)));
        return Pages.response(timelines.list(filter, RestSupport.page(limit, offset, sort, TimelineService.SORTABLE,
                TimelineService.DEFAULT_SORT)), uriInfo);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return RestSupport.ok(timelines.get(id(id)));
    }

    @POST
    @RolesAllowed({ Roles.LOCALIZATION, Roles.REGIONAL_LEAD })
    public Response create(TimelineRequest body, @Context SecurityContext caller, @Context UriInfo uriInfo) {
        Tagged<TimelineView> created = timelines.create(RestSupport.body(body), caller);
        return RestSupport.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.body().id())).build(), created);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.LOCALIZATION, Roles.REGIONAL_LEAD })
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, TimelineRequest body,
            @Context SecurityContext caller) {
        return RestSupport.ok(timelines.update(id(id), ifMatch, RestSupport.body(body), caller));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.LOCALIZATION, Roles.REGIONAL_LEAD })
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext caller) {
        timelines.delete(id(id), ifMatch, caller);
        return Response.noContent().build();
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("timeline", text);
        }
    }
}
