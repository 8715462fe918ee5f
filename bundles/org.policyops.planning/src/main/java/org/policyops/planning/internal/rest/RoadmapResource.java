package org.policyops.planning.internal.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.NotAcceptableException;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.policyops.core.rest.PolicyOpsRest;
import org.policyops.planning.internal.domain.RoadmapPeriod;
import org.policyops.planning.internal.dto.Roadmap;
import org.policyops.planning.internal.export.RoadmapCalendar;
import org.policyops.planning.internal.export.RoadmapCsv;
import org.policyops.planning.internal.service.RoadmapFilter;
import org.policyops.planning.internal.service.RoadmapService;

/**
 * {@code /api/planning/roadmaps/{year}} and {@code /api/planning/roadmaps/{year}/Q1..Q4}: the initiatives and
 * milestones of a year or quarter, filtered by {@code lob}, {@code region} and {@code team}, as JSON (the default),
 * CSV ({@code Accept: text/csv}) or iCalendar ({@code Accept: text/calendar}). Any other Accept is a 406.
 */
@Component(service = RoadmapResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("planning/roadmaps")
public class RoadmapResource {

    /** What the roadmap can be written as, in order of preference when the client accepts several equally. */
    static final List<MediaType> OFFERED = List.of(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(RoadmapCsv.MEDIA_TYPE), MediaType.valueOf(RoadmapCalendar.MEDIA_TYPE));

    private final RoadmapService roadmaps;

    @Activate
    public RoadmapResource(@Reference RoadmapService roadmaps) {
        this.roadmaps = roadmaps;
    }

    @GET
    @Path("{year}")
    @Produces({ MediaType.APPLICATION_JSON, RoadmapCsv.MEDIA_TYPE, RoadmapCalendar.MEDIA_TYPE })
    public Response year(@PathParam("year") String year, @QueryParam("lob") String lob,
            @QueryParam("region") String region, @QueryParam("team") String team, @Context HttpHeaders headers) {
        return answer(RoadmapPeriod.parse(year, null), lob, region, team, headers);
    }

    @GET
    @Path("{year}/{quarter}")
    @Produces({ MediaType.APPLICATION_JSON, RoadmapCsv.MEDIA_TYPE, RoadmapCalendar.MEDIA_TYPE })
    public Response quarter(@PathParam("year") String year, @PathParam("quarter") String quarter,
            @QueryParam("lob") String lob, @QueryParam("region") String region, @QueryParam("team") String team,
            @Context HttpHeaders headers) {
        return answer(RoadmapPeriod.parse(year, quarter), lob, region, team, headers);
    }

    private Response answer(RoadmapPeriod period, String lob, String region, String team, HttpHeaders headers) {
        MediaType type = choose(headers.getAcceptableMediaTypes());
        Roadmap roadmap = roadmaps.roadmap(period, RoadmapFilter.of(lob, region, team));
        if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return Response.ok(roadmap, MediaType.APPLICATION_JSON_TYPE).build();
        }
        boolean csv = type.isCompatible(OFFERED.get(1));
        String body = csv ? RoadmapCsv.write(roadmap) : RoadmapCalendar.write(roadmap);
        return Response.ok(body, type.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"roadmap-" + period + (csv ? ".csv" : ".ics") + "\"")
                .build();
    }

    /**
     * The first offered type that the client's most preferred acceptable type matches; JAX-RS hands the acceptable
     * types sorted by quality and specificity, and no Accept header counts as {@code *}{@code /*}.
     */
    static MediaType choose(List<MediaType> acceptable) {
        if (acceptable.isEmpty()) {
            return OFFERED.get(0);
        }
        for (MediaType accepted : acceptable) {
            for (MediaType offered : OFFERED) {
                if (accepted.isCompatible(offered) && !refused(accepted)) {
                    return offered;
                }
            }
        }
        throw new NotAcceptableException();
    }

    /** {@code q=0} means "not acceptable". */
    private static boolean refused(MediaType accepted) {
        String q = accepted.getParameters().get("q");
        try {
            return q != null && Double.parseDouble(q) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
