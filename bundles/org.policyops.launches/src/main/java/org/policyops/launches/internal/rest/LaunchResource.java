package org.policyops.launches.internal.rest;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.Severity;
import org.policyops.api.launches.ReadinessReport;
import org.policyops.launches.internal.runtime.ReadinessEvaluator;
import org.policyops.launches.internal.runtime.RuleRegistry;
import org.policyops.core.rest.Pages;
import org.policyops.core.rest.PolicyOpsRest;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.RestSupport;
import org.policyops.core.rest.Roles;
import org.policyops.launches.internal.dto.ActionRequest;
import org.policyops.launches.internal.dto.LaunchDetail;
import org.policyops.launches.internal.dto.LaunchRequest;
import org.policyops.launches.internal.dto.OverrideView;
import org.policyops.launches.internal.dto.ReadinessView;
import org.policyops.core.rest.Tagged;
import org.policyops.launches.internal.service.ComplianceRuntimeService;
import org.policyops.launches.internal.service.ApprovalService;
import org.policyops.launches.internal.service.LaunchFilter;
import org.policyops.launches.internal.service.LaunchService;
import org.policyops.launches.internal.service.OptionalServices;
import org.policyops.launches.internal.service.RegionalTimeToDeployService;

/**
 * {@code /api/launches}: launches of policy versions to regions, their readiness, approvals (with administrators'
 * overrides), enforcement starts and cancellations, the rules taking part, and time-to-deploy per region. Anyone
 * logged in reads; planners (and administrators) write, regional leads for their own regions.
 */
@Component(service = LaunchResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("launches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LaunchResource {

    /** Lists not paged: {@code {"items":[...],"total":n}}. */
    public record Listing<T>(List<T> items, int total) {

        static <T> Listing<T> of(List<T> items) {
            return new Listing<>(items, items.size());
        }
    }

    private final LaunchService launches;
    private final ApprovalService approvals;
    private final ComplianceRuntimeService runtime;
    private final OptionalServices services;
    private final RegionalTimeToDeployService timeToDeploy;

    @Activate
    public LaunchResource(@Reference LaunchService launches, @Reference ApprovalService approvals,
            @Reference ComplianceRuntimeService runtime, @Reference OptionalServices services,
            @Reference RegionalTimeToDeployService timeToDeploy) {
        this.launches = launches;
        this.approvals = approvals;
        this.runtime = runtime;
        this.services = services;
        this.timeToDeploy = timeToDeploy;
    }

    @GET
    public Response list(@QueryParam("policy") String policy, @QueryParam("region") String region,
            @QueryParam("status") String status, @QueryParam("limit") String limit, @QueryParam("offset") String offset,
            @QueryParam("sort") String sort, @Context UriInfo uriInfo) {
        return Pages.response(launches.list(LaunchFilter.of(policy, region, status),
                RestSupport.page(limit, offset, sort, LaunchService.SORTABLE, LaunchService.DEFAULT_SORT)), uriInfo);
    }

    @POST
    @RolesAllowed({ Roles.PLANNER, Roles.REGIONAL_LEAD })
    public Response create(LaunchRequest body, @Context SecurityContext caller, @Context UriInfo uriInfo) {
        Tagged<LaunchDetail> created = launches.create(RestSupport.body(body), caller);
        return RestSupport.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.body().id())).build(), created);
    }

    @GET
    @Path("{id: [0-9]+}")
    public Response get(@PathParam("id") String id) {
        return RestSupport.ok(launches.get(RestSupport.id(id, "launch")));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @RolesAllowed({ Roles.PLANNER, Roles.REGIONAL_LEAD })
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            LaunchRequest body, @Context SecurityContext caller) {
        return RestSupport.ok(launches.update(RestSupport.id(id, "launch"), ifMatch, RestSupport.body(body), caller));
    }

    @POST
    @Path("{id: [0-9]+}/cancel")
    @RolesAllowed({ Roles.PLANNER, Roles.REGIONAL_LEAD })
    public Response cancel(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext caller) {
        return RestSupport.ok(launches.cancel(RestSupport.id(id, "launch"), ifMatch, caller));
    }

    @GET
    @Path("{id: [0-9]+}/readiness")
    public ReadinessView readiness(@PathParam("id") String id, @QueryParam("region") String region) {
        long launchId = RestSupport.id(id, "launch");
        RegionCode code = null;
        if (region != null && !region.isBlank()) {
            try {
                code = RegionCode.of(region);
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("region", e.getMessage());
            }
        }
        ReadinessReport report;
        try {
            report = runtime.readiness(launchId, code).orElseThrow(() -> ProblemException.notFound("launch", launchId));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("region", e.getMessage());
        }
        return ReadinessView.of(report, services.requirementCatalog());
    }

    @GET
    @Path("{id: [0-9]+}/overrides")
    public Listing<OverrideView> overrides(@PathParam("id") String id) {
        return Listing.of(launches.overrides(RestSupport.id(id, "launch")));
    }

    @POST
    @Path("{id: [0-9]+}/regions/{region}/approval")
    @RolesAllowed({ Roles.PLANNER, Roles.REGIONAL_LEAD })
    public Response approve(@PathParam("id") String id, @PathParam("region") String region,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ActionRequest body, @Context SecurityContext caller) {
        return RestSupport.ok(approvals.approve(RestSupport.id(id, "launch"), region, ifMatch, body, caller));
    }

    @POST
    @Path("{id: [0-9]+}/regions/{region}/enforcement")
    @RolesAllowed({ Roles.PLANNER, Roles.REGIONAL_LEAD })
    public Response startEnforcement(@PathParam("id") String id, @PathParam("region") String region,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ActionRequest body, @Context SecurityContext caller) {
        return RestSupport.ok(launches.startEnforcement(RestSupport.id(id, "launch"), region, ifMatch, body, caller));
    }

    @POST
    @Path("{id: [0-9]+}/regions/{region}/cancel")
    @RolesAllowed({ Roles.PLANNER, Roles.REGIONAL_LEAD })
    public Response cancelRegion(@PathParam("id") String id, @PathParam("region") String region,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context SecurityContext caller) {
        return RestSupport.ok(launches.cancelRegion(RestSupport.id(id, "launch"), region, ifMatch, caller));
    }

    /**
     * A rule taking part, as {@code /api/launches/rules} lists it: named {@code ruleId} as in readiness answers.
     *
     * @param circuitOpenSince when its circuit opened (it is reported as TIMEOUT without running), null when closed
     */
    public record RuleView(String ruleId, String title, String description, Severity severity, Set<RegionCode> regions,
            List<String> requirements, boolean shadow, long bundleId, String plugin, String pluginVersion,
            Instant circuitOpenSince) {
    }

    /** A rule of a plugin that is changing: reported as pending in readiness, and approvals in its regions wait. */
    public record PendingView(String ruleId, Severity severity, Set<RegionCode> regions, String plugin,
            String pluginVersion, Instant since, String reason) {
    }

    /**
     * The rules taking part in readiness (with shadow mode and open circuits), the rules pending while their plugin
     * is changing, registrations refused with the reason, and the settings that bound evaluations.
     */
    @GET
    @Path("rules")
    public Map<String, Object> rules() {
        RuleRegistry.Snapshot snapshot = runtime.evaluator().registry().snapshot();
        Map<Object, Instant> open = runtime.evaluator().openCircuits();
        ReadinessEvaluator.Settings settings = runtime.evaluator().settings();
        List<RuleView> items = snapshot.active().stream().map(r -> new RuleView(r.id(), r.title(), r.description(),
                r.severity(), r.regions(), r.requirements(), runtime.evaluator().isShadow(r.id()), r.bundleId(), r.plugin(),
                r.pluginVersion(), open.get(r.serviceId()))).toList();
        List<PendingView> pending = snapshot.pending().stream().map(p -> new PendingView(p.id(), p.last().severity(),
                p.last().regions(), p.plugin(), p.last().pluginVersion(), p.since(), p.reason())).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("total", items.size());
        body.put("pending", pending);
        body.put("refused", runtime.refusedRules());
        body.put("timeoutMillis", settings.timeoutMillis());
        body.put("circuit", Map.of("timeouts", settings.circuitTimeouts(), "cooldown", settings.circuitCooldown().toString()));
        body.put("pendingTimeout", settings.pendingTimeout().toString());
        body.put("regionMatching", runtime.evaluator().regionMatching());
        body.put("calendars", runtime.evaluator().calendars());
        return body;
    }

    @GET
    @Path("time-to-deploy")
    public RegionalTimeToDeployService.Report timeToDeploy(@QueryParam("from") String from, @QueryParam("to") String to) {
        return timeToDeploy.report(from, to);
    }
}
