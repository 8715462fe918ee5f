package org.policyops.tooling.internal.rest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.policyops.api.tooling.AdoptionInfo;
import org.policyops.api.tooling.WeeklyActive;
import org.policyops.core.csv.CsvRows;
import org.policyops.core.rest.Dates;
import org.policyops.core.rest.PolicyOpsRest;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.RestSupport;
import org.policyops.core.rest.Roles;
import org.policyops.core.rest.Validator;
import org.policyops.tooling.internal.dto.UsageReport;
import org.policyops.tooling.internal.dto.UsageBatch;
import org.policyops.tooling.internal.service.UsageService;

/**
 * {@code /api/tooling/usage} (batches of daily usage rows, as JSON or CSV; the tooling role, or regional leads for rows of their
 * regions) and {@code /api/tooling/adoption} (adoption per tool × region, and one tool's weekly trend; anyone logged in).
 */
@Component(service = UsageResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("tooling")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsageResource {

    private final UsageService usage;

    @Activate
    public UsageResource(@Reference UsageService usage) {
        this.usage = usage;
    }

    @POST
    @Path("usage")
    @RolesAllowed({ Roles.TOOLING, Roles.REGIONAL_LEAD })
    public UsageReport ingest(UsageBatch batch, @Context SecurityContext caller) {
        return usage.ingest(RestSupport.body(batch).rows(), caller);
    }

    /** The same batch as CSV ({@code Content-Type: text/csv}): header {@code tool,user,region,day,actions}. */
    @POST
    @Path("usage")
    @Consumes(CsvRows.MEDIA_TYPE)
    @RolesAllowed({ Roles.TOOLING, Roles.REGIONAL_LEAD })
    public UsageReport ingestCsv(String body, @Context SecurityContext caller) {
        return usage.ingestCsv(body, caller);
    }

    @GET
    @Path("adoption")
    public List<AdoptionInfo> adoption(@QueryParam("asOf") String asOf, @QueryParam("tool") String tool,
            @QueryParam("region") String region) {
        String t = RestSupport.text(tool);
        String r = RestSupport.region("region", region);
        return usage.adoption(day(asOf)).stream().filter(a -> (t == null || a.toolKey().equals(t))
                && (r == null || a.region().equals(r))).toList();
    }

    @GET
    @Path("adoption/{key}/trend")
    public List<WeeklyActive> trend(@PathParam("key") String key, @QueryParam("weeks") String weeks,
            @QueryParam("region") String region, @QueryParam("asOf") String asOf) {
        Validator v = new Validator();
        Integer w = v.parse("weeks", weeks, RestSupport::whole);
        v.throwIfInvalid();
        return usage.trend(key, RestSupport.region("region", region), w == null ? 12 : w, day(asOf))
                .orElseThrow(() -> ProblemException.notFound("tool", key));
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return LocalDate.now(ZoneOffset.UTC);
        }
        Validator v = new Validator();
        LocalDate d = v.parse("asOf", text, Dates::date);
        v.throwIfInvalid();
        return d;
    }
}
