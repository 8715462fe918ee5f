package org.policyops.planning.internal.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.policyops.core.rest.PolicyOpsRest;
import org.policyops.planning.internal.dto.BlockedView;
import org.policyops.planning.internal.dto.CriticalPathView;
import org.policyops.planning.internal.dto.TimeToDeployReport;
import org.policyops.planning.internal.service.SchedulingService;
import org.policyops.planning.internal.service.TimeToDeployService;

/**
 * Read-only analyses of the planning data: {@code /api/planning/critical-path}, {@code /api/planning/blocked} and
 * {@code /api/planning/time-to-deploy}. Anyone logged in may read them.
 */
@Component(service = SchedulingResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("planning")
@Produces(MediaType.APPLICATION_JSON)
public class SchedulingResource {

    /** The blocked initiatives, as {@code {"items":[...],"total":n}}; not paged, since it is a working list. */
    public record BlockedList(List<BlockedView> items, int total) {
    }

    private final SchedulingService scheduling;
    private final TimeToDeployService timeToDeploy;

    @Activate
    public SchedulingResource(@Reference SchedulingService scheduling, @Reference TimeToDeployService timeToDeploy) {
        this.scheduling = scheduling;
        this.timeToDeploy = timeToDeploy;
    }

    @GET
    @Path("critical-path")
    public CriticalPathView criticalPath(@QueryParam("year") String year, @QueryParam("quarter") String quarter,
            @QueryParam("region") String region, @QueryParam("lob") String lob) {
        return scheduling.criticalPath(year, quarter, region, lob);
    }

    @GET
    @Path("blocked")
    public BlockedList blocked() {
        List<BlockedView> blocked = scheduling.blocked();
        return new BlockedList(blocked, blocked.size());
    }

    @GET
    @Path("time-to-deploy")
    public TimeToDeployReport timeToDeploy(@QueryParam("from") String from, @QueryParam("to") String to) {
        return timeToDeploy.report(from, to);
    }
}
