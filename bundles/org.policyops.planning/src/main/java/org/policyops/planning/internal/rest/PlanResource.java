package org.policyops.planning.internal.rest;

import javax.ws.rs.POST;
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
import org.policyops.core.rest.RestSupport;
import org.policyops.planning.internal.dto.PlanRequest;
import org.policyops.planning.internal.service.PlanService;

/**
 * {@code POST /api/planning/plan}: proposes which initiatives fit which quarter. It changes nothing (the answer
 * says {@code "applied": false}), so any user who may read the portfolio may ask for a proposal: no write role.
 */
@Component(service = PlanResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("planning/plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

    private final PlanService planner;

    @Activate
    public PlanResource(@Reference PlanService planner) {
        this.planner = planner;
    }

    @POST
    public Response plan(PlanRequest body) {
        return Response.ok(planner.plan(RestSupport.body(body))).build();
    }
}
