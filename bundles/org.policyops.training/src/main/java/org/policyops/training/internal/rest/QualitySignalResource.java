package org.policyops.training.internal.rest;

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
import org.policyops.core.csv.CsvRows;
import org.policyops.training.internal.dto.ImportReport;
import org.policyops.training.internal.dto.QualitySignalRequest;
import org.policyops.training.internal.service.QualityService;

/**
 * {@code /api/training/quality-signals}: QA results per policy × region × month. Anyone logged in reads; trainers
 * write. POST creates or replaces the signal of its policy, region and month; CSV import and export.
 */
@Component(service = QualitySignalResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("training/quality-signals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QualitySignalResource {

    private final QualityService quality;

    @Activate
    public QualitySignalResource(@Reference QualityService quality) {
        this.quality = quality;
    }

    @GET
    public Response list(@QueryParam("policy") String policy, @QueryParam("region") String region,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset, @QueryParam("sort") String sort,
            @Context UriInfo uriInfo) {
        return Pages.response(quality.list(policy, region, RestSupport.page(limit, offset, sort, QualityService.SORTABLE,
                "policyKey,region,-period")), uriInfo);
    }

    @POST
    @RolesAllowed({ Roles.TRAINER })
    public Response put(QualitySignalRequest body) {
        return RestSupport.ok(quality.put(RestSupport.body(body)));
    }

    @GET
    @Path("export")
    @Produces(CsvRows.MEDIA_TYPE)
    public Response export() {
        return RestSupport.csv(quality.exportCsv(), "quality-signals.csv");
    }

    @POST
    @Path("import")
    @Consumes({ CsvRows.MEDIA_TYPE, MediaType.TEXT_PLAIN })
    @RolesAllowed({ Roles.TRAINER })
    public ImportReport importCsv(String body, @QueryParam("skipInvalid") boolean skipInvalid) {
        return quality.importCsv(body, skipInvalid);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return RestSupport.ok(quality.get(RestSupport.id(id, "quality signal")));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.TRAINER })
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        quality.delete(RestSupport.id(id, "quality signal"), ifMatch);
        return Response.noContent().build();
    }
}
