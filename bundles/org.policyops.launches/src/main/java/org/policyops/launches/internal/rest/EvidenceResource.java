package org.policyops.launches.internal.rest;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
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
import org.policyops.launches.internal.dto.EvidenceDetail;
import org.policyops.launches.internal.dto.EvidenceRequest;
import org.policyops.core.rest.Tagged;
import org.policyops.launches.internal.service.EvidenceService;

/**
 * {@code /api/launches/evidence}: compliance evidence for policies per region (risk assessments, legal reviews),
 * which rules see in {@code LaunchView.evidence()}. Anyone logged in reads; planners record and delete, regional
 * leads for their regions. Evidence is not edited: record a new one (and delete the old one if it was wrong).
 */
@Component(service = EvidenceResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("launches/evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvidenceResource {

    private final EvidenceService evidence;

    @Activate
    public EvidenceResource(@Reference EvidenceService evidence) {
        this.evidence = evidence;
    }

    @GET
    public Response list(@QueryParam("policy") String policy, @QueryParam("region") String region,
            @QueryParam("requirement") String requirement, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @QueryParam("sort") String sort, @Context UriInfo uriInfo) {
        return Pages.response(evidence.list(EvidenceService.Filter.of(policy, region, requirement),
                RestSupport.page(limit, offset, sort, EvidenceService.SORTABLE, EvidenceService.DEFAULT_SORT)), uriInfo);
    }

    @POST
    @RolesAllowed({ Roles.PLANNER, Roles.REGIONAL_LEAD })
    public Response record(EvidenceRequest body, @Context SecurityContext caller, @Context UriInfo uriInfo) {
        Tagged<EvidenceDetail> created = evidence.record(RestSupport.body(body), caller);
        return RestSupport.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.body().id())).build(), created);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return RestSupport.ok(evidence.get(RestSupport.id(id, "evidence")));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.PLANNER, Roles.REGIONAL_LEAD })
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext caller) {
        evidence.delete(RestSupport.id(id, "evidence"), ifMatch, caller);
        return Response.noContent().build();
    }
}
