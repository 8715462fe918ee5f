package org.policyops.planning.internal.rest;

import java.time.LocalDate;

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
import org.policyops.core.rest.Dates;
import org.policyops.core.rest.RestSupport;
import org.policyops.core.rest.Roles;
import org.policyops.core.rest.Tagged;
import org.policyops.core.rest.Validator;
import org.policyops.planning.internal.dto.PublicHolidayRequest;
import org.policyops.planning.internal.dto.PublicHolidayView;
import org.policyops.planning.internal.service.PublicHolidayService;

/**
 * {@code /api/planning/public-holidays}: dated public holidays per region, which compliance rules see in a launch
 * region's calendar. Anyone logged in reads; writing needs {@code planner} (or admin), or a regional lead for the
 * region; PUT and DELETE need If-Match.
 */
@Component(service = PublicHolidayResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("planning/public-holidays")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicHolidayResource {

    private final PublicHolidayService holidays;

    @Activate
    public PublicHolidayResource(@Reference PublicHolidayService holidays) {
        this.holidays = holidays;
    }

    @GET
    public Response list(@QueryParam("region") String region, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("limit") String limit, @QueryParam("offset") String offset,
            @QueryParam("sort") String sort, @Context UriInfo uriInfo) {
        return Pages.response(holidays.list(RestSupport.region("region", region), date("from", from), date("to", to),
                RestSupport.page(limit, offset, sort, PublicHolidayService.SORTABLE, PublicHolidayService.DEFAULT_SORT)),
                uriInfo);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return RestSupport.ok(holidays.get(RestSupport.id(id, "public holiday")));
    }

    @POST
    @RolesAllowed({ Roles.PLANNER, Roles.REGIONAL_LEAD })
    public Response create(PublicHolidayRequest body, @Context SecurityContext caller, @Context UriInfo uriInfo) {
        Tagged<PublicHolidayView> created = holidays.create(RestSupport.body(body), caller);
        return RestSupport.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.body().id())).build(),
                created);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.PLANNER, Roles.REGIONAL_LEAD })
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            PublicHolidayRequest body, @Context SecurityContext caller) {
        return RestSupport.ok(holidays.update(RestSupport.id(id, "public holiday"), ifMatch, RestSupport.body(body), caller));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.PLANNER, Roles.REGIONAL_LEAD })
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext caller) {
        holidays.delete(RestSupport.id(id, "public holiday"), ifMatch, caller);
        return Response.noContent().build();
    }

    /** An optional date filter; a bad one is a 400 naming the parameter. */
    private static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Validator v = new Validator();
        LocalDate d = v.parse(name, text, Dates::date);
        v.throwIfInvalid();
        return d;
    }
}
