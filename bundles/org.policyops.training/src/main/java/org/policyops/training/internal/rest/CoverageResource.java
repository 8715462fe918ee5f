package org.policyops.training.internal.rest;

import java.util.List;

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
import org.policyops.api.RegionCode;
import org.policyops.api.training.CoverageInfo;
import org.policyops.api.training.GapInfo;
import org.policyops.api.training.TrainingQuery;
import org.policyops.core.rest.Validator;
import org.policyops.training.internal.dto.EffectivenessView;
import org.policyops.training.internal.service.CoverageService;
import org.policyops.training.internal.service.EffectivenessService;

/**
 * {@code /api/training/coverage} (one policy in one region, one role or every role), {@code /api/training/gaps}
 * (the ranked gap report) and {@code /api/training/effectiveness} (quality before and after a cohort). Read-only;
 * anyone logged in.
 */
@Component(service = CoverageResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("training")
@Produces(MediaType.APPLICATION_JSON)
public class CoverageResource {

    private final CoverageService coverage;
    private final EffectivenessService effectiveness;

    @Activate
    public CoverageResource(@Reference CoverageService coverage, @Reference EffectivenessService effectiveness) {
        this.coverage = coverage;
        this.effectiveness = effectiveness;
    }

    @GET
    @Path("effectiveness")
    public EffectivenessView effectiveness(@QueryParam("policy") String policy, @QueryParam("region") String region,
            @QueryParam("cohort") String cohort, @QueryParam("months") String months) {
        return effectiveness.effectiveness(policy, region, cohort, months);
    }

    @GET
    @Path("coverage")
    public List<CoverageInfo> coverage(@QueryParam("policy") String policy, @QueryParam("region") String region,
            @QueryParam("role") String role) {
        Validator v = new Validator();
        String key = v.requireText("policy", policy, 64);
        RegionCode r = v.parse("region", v.require("region", region), s -> RegionCode.of(s.trim()));
        v.throwIfInvalid();
        if (role != null && !role.isBlank()) {
            return List.of(coverage.coverage(key, r, role.trim()));
        }
        return coverage.coverage(key, r);
    }

    @GET
    @Path("gaps")
    public List<GapInfo> gaps(@QueryParam("region") String region, @QueryParam("limit") String limit) {
        Validator v = new Validator();
        RegionCode r = region == null || region.isBlank() ? null : v.parse("region", region, s -> RegionCode.of(s.trim()));
        Integer l = limit == null ? 50 : v.parse("limit", limit, RestSupport::whole);
        v.range("limit", l, 1, TrainingQuery.MAX_LIMIT);
        v.throwIfInvalid();
        return coverage.gaps(r, l);
    }
}
