package org.policyops.tooling.internal.rest;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PATCH;
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
import org.policyops.core.rest.Tagged;
import org.policyops.tooling.internal.dto.EvaluationRequest;
import org.policyops.tooling.internal.dto.EvaluationView;
import org.policyops.tooling.internal.dto.PopulationRequest;
import org.policyops.tooling.internal.dto.PopulationView;
import org.policyops.tooling.internal.dto.StatusChangeView;
import org.policyops.tooling.internal.dto.StatusRequest;
import org.policyops.tooling.internal.dto.ToolPatchRequest;
import org.policyops.tooling.internal.dto.ToolRequest;
import org.policyops.tooling.internal.dto.Thresholds;
import org.policyops.tooling.internal.dto.ToolView;
import org.policyops.tooling.internal.service.EvaluationService;
import org.policyops.tooling.internal.service.ToolService;
import org.policyops.tooling.internal.service.UsageService;

/**
 * {@code /api/tooling/tools}: anyone logged in reads; the tooling role writes every tool, regional leads the tools
 * of their regions. PUT, PATCH and DELETE honour If-Match; status moves are {@code POST .../status}.
 */
@Component(service = ToolResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("tooling/tools")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ToolResource {

    private final ToolService tools;
    private final EvaluationService evaluations;
    private final UsageService usage;

    @Activate
    public ToolResource(@Reference ToolService tools, @Reference EvaluationService evaluations, @Reference UsageService usage) {
        this.tools = tools;
        this.evaluations = evaluations;
        this.usage = usage;
    }

    @GET
    @Path("{key}/population")
    public List<PopulationView> populations(@PathParam("key") String key) {
        return usage.populations(key);
    }

    @PUT
    @Path("{key}/population/{region}")
    @RolesAllowed({ Roles.TOOLING, Roles.REGIONAL_LEAD })
    public Response population(@PathParam("key") String key, @PathParam("region") String region,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PopulationRequest body, @Context SecurityContext caller) {
        return RestSupport.ok(usage.setPopulation(key, region, ifMatch, RestSupport.body(body), caller));
    }

    @GET
    public Response list(@QueryParam("kind") String kind, @QueryParam("stage") String stage, @QueryParam("status") String status,
            @QueryParam("region") String region, @QueryParam("policy") String policy, @QueryParam("ownerTeam") String ownerTeam,
            @QueryParam("providedBy") String providedBy, @QueryParam("q") String q, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @QueryParam("sort") String sort, @Context UriInfo uriInfo) {
        ToolService.Filter filter = new ToolService.Filter(RestSupport.text(kind), RestSupport.text(stage),
                RestSupport.text(status), RestSupport.region("region", region), RestSupport.text(policy),
                RestSupport.text(ownerTeam), RestSupport.text(providedBy), RestSupport.text(q));
        return Pages.response(tools.list(filter, RestSupport.page(limit, offset, sort, ToolService.SORTABLE,
                ToolService.DEFAULT_SORT)), uriInfo);
    }

    @POST
    @RolesAllowed({ Roles.TOOLING, Roles.REGIONAL_LEAD })
    public Response create(ToolRequest body, @Context SecurityContext caller, @Context UriInfo uriInfo) {
        Tagged<ToolView> created = tools.create(RestSupport.body(body), caller);
        return RestSupport.created(uriInfo.getAbsolutePathBuilder().path(created.body().key()).build(), created);
    }

    @GET
    @Path("{key}")
    public Response get(@PathParam("key") String key) {
        return RestSupport.ok(tools.get(key));
    }

    @PUT
    @Path("{key}")
    @RolesAllowed({ Roles.TOOLING, Roles.REGIONAL_LEAD })
    public Response update(@PathParam("key") String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ToolRequest body,
            @Context SecurityContext caller) {
        return RestSupport.ok(tools.update(key, ifMatch, RestSupport.body(body), caller));
    }

    @PATCH
    @Path("{key}")
    @RolesAllowed({ Roles.TOOLING, Roles.REGIONAL_LEAD })
    public Response patch(@PathParam("key") String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ToolPatchRequest body, @Context SecurityContext caller) {
        return RestSupport.ok(tools.patch(key, ifMatch, RestSupport.body(body), caller));
    }

    @DELETE
    @Path("{key}")
    @RolesAllowed({ Roles.TOOLING, Roles.REGIONAL_LEAD })
    public Response delete(@PathParam("key") String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext caller) {
        tools.delete(key, ifMatch, caller);
        return Response.noContent().build();
    }

    @GET
    @Path("{key}/status")
    public List<StatusChangeView> history(@PathParam("key") String key) {
        return tools.history(key);
    }

    @GET
    @Path("{key}/evaluations")
    public Response evaluations(@PathParam("key") String key, @QueryParam("policy") String policy,
            @QueryParam("version") String version, @QueryParam("locale") String locale, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @QueryParam("sort") String sort, @Context UriInfo uriInfo) {
        return Pages.response(evaluations.list(key, RestSupport.text(policy), RestSupport.text(version),
                RestSupport.locale("locale", locale), RestSupport.page(limit, offset, sort, EvaluationService.SORTABLE,
                        EvaluationService.DEFAULT_SORT)), uriInfo);
    }

    @POST
    @Path("{key}/evaluations")
    @RolesAllowed({ Roles.TOOLING, Roles.REGIONAL_LEAD })
    public Response evaluate(@PathParam("key") String key, EvaluationRequest body, @Context SecurityContext caller,
            @Context UriInfo uriInfo) {
        EvaluationView e = evaluations.record(key, RestSupport.body(body), caller);
        return Response.created(uriInfo.getAbsolutePathBuilder().queryParam("policy", e.policyKey())
                .queryParam("version", e.policyVersion()).build()).entity(e).build();
    }

    @PUT
    @Path("{key}/thresholds")
    @RolesAllowed({ Roles.TOOLING, Roles.REGIONAL_LEAD })
    public Response thresholds(@PathParam("key") String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Thresholds body, @Context SecurityContext caller) {
        return RestSupport.ok(evaluations.thresholds(key, ifMatch, RestSupport.body(body), caller));
    }

    @POST
    @Path("{key}/status")
    @RolesAllowed({ Roles.TOOLING, Roles.REGIONAL_LEAD })
    public Response changeStatus(@PathParam("key") String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            StatusRequest body, @Context SecurityContext caller) {
        return RestSupport.ok(tools.changeStatus(key, ifMatch, RestSupport.body(body), caller));
    }
}
