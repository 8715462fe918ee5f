package org.policyops.metrics.internal.rest;

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
import org.policyops.api.metrics.KpiScore;
import org.policyops.core.rest.PolicyOpsRest;
import org.policyops.core.rest.RestSupport;
import org.policyops.metrics.internal.service.ScorecardService;

/** {@code /api/metrics/scorecard}: every KPI's latest values and status, optionally of one region; anyone logged in. */
@Component(service = ScorecardResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("metrics/scorecard")
@Produces(MediaType.APPLICATION_JSON)
public class ScorecardResource {

    /** The answer: the region asked for (null: all) and the scores. */
    public record Scorecard(String region, List<KpiScore> kpis) {
    }

    private final ScorecardService scorecard;

    @Activate
    public ScorecardResource(@Reference ScorecardService scorecard) {
        this.scorecard = scorecard;
    }

    @GET
    public Scorecard get(@QueryParam("region") String region) {
        String r = RestSupport.region("region", region);
        return new Scorecard(r, scorecard.scorecard(r));
    }
}
