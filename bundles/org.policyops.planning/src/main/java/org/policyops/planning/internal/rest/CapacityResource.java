package org.policyops.planning.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;
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
import java.util.List;
import org.policyops.core.rest.Validator;
import org.policyops.planning.internal.domain.Quarter;
import org.policyops.planning.internal.dto.PlanRequest;
import org.policyops.planning.internal.service.CapacityService;

/**
 * {@code /api/planning/capacity?year=2027[&quarter=Q1][&team=Policy EMEA]}: capacity, demand and utilization per
 * team and quarter. Anyone logged in may read it.
 */
@Component(service = CapacityResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("planning/capacity")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CapacityResource {

    private final CapacityService capacity;

    @Activate
    public CapacityResource(@Reference CapacityService capacity) {
        this.capacity = capacity;
    }

    @GET
    public Response get(@QueryParam("year") String year, @QueryParam("quarter") String quarter,
            @QueryParam("team") String team) {
        Validator v = new Validator();
        Integer y = v.parse("year", v.require("year", year), CapacityResource::year);
        v.throwIfInvalid();
        // The same rules as the planner's body: a year, and optionally one quarter of it.
        List<Quarter> quarters = new PlanRequest(y, quarter, null).validate();
        String name = team == null || team.isBlank() ? null : team.trim();
        return Response.ok(capacity.report(y, quarters, name)).build();
    }

    private static Integer year(String text) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a year such as 2027 (was '" + text + "')", e);
        }
    }
}
