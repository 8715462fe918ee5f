package org.policyops.planning.internal.rest;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.Consumes;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.policyops.core.rest.PolicyOpsRest;
import org.policyops.core.rest.Pages;
import org.policyops.core.rest.RestSupport;
import org.policyops.core.rest.Roles;
import org.policyops.planning.internal.dto.HolidayRequest;
import org.policyops.planning.internal.dto.HolidayView;
import org.policyops.planning.internal.service.CapacityService;

/**
 * {@code /api/planning/holidays}: public-holiday working days per region and quarter, which reduce the capacity of
 * the region's teams. Anyone logged in may read; adding and deleting needs {@code planner} (or admin),
 * or a regional lead for the region.
 */
@Component(service = HolidayResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("planning/holidays")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HolidayResource {

    private final CapacityService capacity;

    @Activate
    public HolidayResource(@Reference CapacityService capacity) {
        this.capacity = capacity;
    }

    @GET
    public Response list(@QueryParam("limit") String limit, @QueryParam("offset") String offset,
            @QueryParam("sort") String sort, @Context UriInfo uriInfo) {
        return Pages.response(capacity.holidays(RestSupport.page(limit, offset, sort, CapacityService.HOLIDAY_SORTABLE,
                CapacityService.DEFAULT_SORT)), uriInfo);
    }

    @POST
    @RolesAllowed({ Roles.PLANNER, Roles.REGIONAL_LEAD })
    public Response create(HolidayRequest body, @Context SecurityContext caller, @Context UriInfo uriInfo) {
        HolidayView created = capacity.addHoliday(RestSupport.body(body), caller);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.PLANNER, Roles.REGIONAL_LEAD })
    public Response delete(@PathParam("id") String id, @Context SecurityContext caller) {
        capacity.deleteHoliday(RestSupport.id(id, "holiday record"), caller);
        return Response.noContent().build();
    }
}
